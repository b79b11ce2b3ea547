package org.hubmap.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Saves a file, as whichever user runs it, and prints what the save could not keep, one sentence a line, or the
 * message it was refused with after "refused: ".
 */
public final class SaveAsOtherUserProcess {
    private SaveAsOtherUserProcess() {
    }

    public static void main(String[] args) {
        try {
            SafeFileWriter.Saved saved = SafeFileWriter.write(Path.of(args[0]),
                    out -> out.write("saved by another user".getBytes(StandardCharsets.UTF_8)));
            saved.notKept().forEach(System.out::println);
        } catch (java.io.IOException e) {
            System.out.println("refused: " + e.getMessage());
        }
    }
}
