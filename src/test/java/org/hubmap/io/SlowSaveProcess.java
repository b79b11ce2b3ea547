package org.hubmap.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Saves a file slowly, a kilobyte every few milliseconds, so that a test can kill this process mid-save. */
public final class SlowSaveProcess {
    private SlowSaveProcess() {
    }

    public static void main(String[] args) throws Exception {
        SafeFileWriter.write(Path.of(args[0]), out -> {
            byte[] chunk = "new content ".repeat(85).getBytes(StandardCharsets.UTF_8);
            System.out.println("saving");
            System.out.flush();
            for (int i = 0; i < 100_000; i++) {
                out.write(chunk);
                out.flush();
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
    }
}
