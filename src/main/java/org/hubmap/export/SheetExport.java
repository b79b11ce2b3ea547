package org.hubmap.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.hubmap.io.SafeFileWriter;
import org.hubmap.sheet.Sheet;

/**
 * Writes sheets to files in a format: one sheet to one file, or an atlas's pages to one PDF or to numbered PNGs in
 * a folder. Every file is written safely (a temporary file renamed into place), so a failed or cancelled export
 * leaves no half-written file and never harms the one it would have replaced.
 */
public final class SheetExport {
    private SheetExport() {
    }

    /** Told of each page drawn, and asked between pages whether to stop. */
    public interface Progress {
        /** A progress that is never told anything and never stops. */
        Progress NONE = new Progress() {
            @Override
            public void pageDone(int done, int pages) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };

        /** {@code done} of {@code pages} pages are drawn. */
        void pageDone(int done, int pages);

        /** Whether the export is to stop; it then ends with a {@link CancellationException}. */
        boolean cancelled();
    }

    /**
     * Writes {@code pages} as {@code format} to {@code out}: the one sheet, or with {@code atlas} every page, into
     * one PDF, or as PNGs into the folder {@code out} (made when missing) named by number and title.
     *
     * @return the files written
     * @throws CancellationException when {@code progress} says to stop; nothing is written then
     * @throws IllegalArgumentException when the format cannot hold the pages asked for
     */
    public static List<Path> write(List<Sheet> pages, ExportFormat format, Path out, boolean atlas,
            Progress progress) throws IOException {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("nothing to write");
        }
        if (atlas && format == ExportFormat.PNG) {
            return writePngFolder(pages, out, progress);
        }
        if (pages.size() > 1 && !format.holdsPages()) {
            throw new IllegalArgumentException("a " + format.displayName() + " holds one sheet; an atlas is a PDF"
                    + " or a folder of PNGs");
        }
        switch (format) {
            case PNG -> writePng(pages.get(0), out, progress);
            case SVG -> {
                checkCancelled(progress);
                SafeFileWriter.write(out, false, stream -> SvgSheetWriter.write(pages.get(0), stream));
                progress.pageDone(1, 1);
            }
            case PPTX -> {
                checkCancelled(progress);
                SafeFileWriter.write(out, false, stream -> PptxSlideWriter.write(pages.get(0), stream));
                progress.pageDone(1, 1);
            }
            case PDF -> {
                checkCancelled(progress);
                SafeFileWriter.write(out, false, stream -> PdfSheetWriter.write(pages, stream, progress));
            }
        }
        return List.of(out);
    }

    private static void writePng(Sheet sheet, Path out, Progress progress) throws IOException {
        checkCancelled(progress);
        java.awt.image.BufferedImage image = PngSheetWriter.render(sheet);
        checkCancelled(progress);
        SafeFileWriter.write(out, false, stream -> PngSheetWriter.write(image, sheet.spec().size().dotsPerInch(),
                stream));
        progress.pageDone(1, 1);
    }

    private static List<Path> writePngFolder(List<Sheet> pages, Path folder, Progress progress) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Sheet page = pages.get(i);
            Path file = folder.resolve(String.format(Locale.ROOT, "%02d-%s.png", i, i == 0 ? "index"
                    : fileNameOf(page.spec().title())));
            writePng(page, file, Progress.NONE);
            written.add(file);
            progress.pageDone(i + 1, pages.size());
            checkCancelled(progress);
        }
        return written;
    }

    /** A title as part of a file name: letters and digits of any script, the rest as dashes. */
    public static String fileNameOf(String title) {
        String name = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return name.isEmpty() ? "sheet" : name.length() > 60 ? name.substring(0, 60) : name;
    }

    static void checkCancelled(Progress progress) {
        if (progress.cancelled()) {
            throw new CancellationException("export cancelled");
        }
    }
}
