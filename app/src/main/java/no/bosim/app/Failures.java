package no.bosim.app;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Says in one sentence why reading or writing a file failed: the file, and what the user can do. */
final class Failures {

    private Failures() {
    }

    static String io(IOException e) {
        if (e instanceof AccessDeniedException a) {
            return a.getFile() + ": permission denied; choose a folder you can write to (--out DIR)";
        }
        if (e instanceof NoSuchFileException n) {
            return n.getFile() + ": no such file or folder";
        }
        String reason = String.valueOf(e.getMessage());
        boolean full = false;
        for (Throwable c = e; c != null; c = c.getCause()) {
            String m = String.valueOf(c.getMessage());
            full |= m.contains("No space left on device") || m.contains("Disk quota exceeded");
        }
        if (full) {
            String file = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() + ": " : "";
            return file + "the disk is full; free some space or choose another folder (--out DIR)";
        }
        if (e instanceof FileSystemException f && f.getFile() != null) {
            return f.getFile() + ": " + (f.getReason() == null ? reason : f.getReason());
        }
        return "cannot read or write a file: " + reason;
    }
}
