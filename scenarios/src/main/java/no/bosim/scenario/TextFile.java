package no.bosim.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads an input file as UTF-8 text, the one encoding bosim's inputs use. A byte-order mark (as
 * Excel writes "CSV UTF-8") is accepted and dropped; bytes that are not UTF-8 become a problem
 * naming the line they are on, so a file saved as Latin-1 is found without guessing.
 */
final class TextFile {

    /** Larger input files than this are refused before they are read (the largest shipped file is about 60 kB). */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private TextFile() {
    }

    static Optional<String> read(Path path, String shownAs, Problems problems) {
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                problems.add(shownAs, 0, "", "is " + size / (1024 * 1024) + " MB; expected an input file of at most "
                        + MAX_BYTES / (1024 * 1024) + " MB");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            problems.add(shownAs, 0, "", "no such file");
            return Optional.empty();
        } catch (AccessDeniedException e) {
            problems.add(shownAs, 0, "", "cannot be read: permission denied");
            return Optional.empty();
        } catch (IOException e) {
            problems.add(shownAs, 0, "", "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(in).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            problems.add(shownAs, line, "", String.format("byte 0x%02X is not UTF-8; save the file as UTF-8 "
                    + "(in Excel: \"CSV UTF-8\")", bytes[Math.min(at, bytes.length - 1)] & 0xff));
            return Optional.empty();
        }
    }
}
