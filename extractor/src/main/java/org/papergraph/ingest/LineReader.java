package org.papergraph.ingest;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * A line reader that counts lines and characters and can put one line back. Read from bytes, it decodes
 * each line as strict UTF-8: a malformed line is reported with its number and the offending byte and
 * skipped (never silently turned into U+FFFD); a byte-order mark at the start is skipped; CR before LF is
 * dropped; a line over {@link #MAX_LINE_BYTES} is reported and skipped without being held in memory. Not
 * thread-safe.
 */
final class LineReader implements AutoCloseable {
    static final int MAX_LINE_BYTES = 16 << 20;

    private final BufferedReader chars;
    private final InputStream bytes;
    private final String name;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 12);
    private Consumer<InputProblem> problems = p -> { };
    private long lineNumber;
    private long position;
    private boolean first = true;
    private String pushedBack;
    private long pushedBackNumber;

    LineReader(BufferedReader in) {
        this.chars = in;
        this.bytes = null;
        this.name = null;
    }

    /** Reads UTF-8 bytes; {@code in} should be buffered. */
    LineReader(String name, InputStream in) {
        this.chars = null;
        this.bytes = in;
        this.name = name;
    }

    void onProblem(Consumer<InputProblem> listener) {
        this.problems = listener;
    }

    String readLine() throws IOException {
        if (pushedBack != null) {
            String line = pushedBack;
            pushedBack = null;
            lineNumber = pushedBackNumber;
            return line;
        }
        String line = bytes == null ? readChars() : readBytes();
        if (line != null && first) {
            first = false;
            if (line.startsWith("\ufeff")) line = line.substring(1);
        }
        return line;
    }

    private String readChars() throws IOException {
        String line = chars.readLine();
        if (line != null) {
            lineNumber++;
            position += line.length() + 1;
        }
        return line;
    }

    private String readBytes() throws IOException {
        while (true) {
            buffer.reset();
            boolean tooLong = false;
            int b;
            boolean any = false;
            while ((b = bytes.read()) != -1) {
                any = true;
                position++;
                if (b == '\n') break;
                if (buffer.size() < MAX_LINE_BYTES) buffer.write(b); else tooLong = true;
            }
            if (!any) return null;
            lineNumber++;
            byte[] raw = buffer.toByteArray();
            int length = raw.length > 0 && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
            if (tooLong) {
                problems.accept(InputProblem.rejected(name, lineNumber, String.format(
                        "line longer than %,d bytes (is this a text file?); line skipped", MAX_LINE_BYTES), null));
                continue;
            }
            try {
                return decoder.reset().decode(ByteBuffer.wrap(raw, 0, length)).toString();
            } catch (CharacterCodingException e) {
                problems.accept(InputProblem.rejected(name, lineNumber, malformed(raw, length),
                        new String(raw, 0, length, StandardCharsets.UTF_8)));
            }
        }
    }

    /** Names the first bad byte, so the line can be found and fixed. */
    private String malformed(byte[] raw, int length) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(raw, 0, length);
        CharBuffer out = CharBuffer.allocate(length + 1);
        CoderResult r = d.decode(in, out, true);
        int at = in.position();
        String bytesShown = r.isError() ? String.format("0x%02X", raw[at] & 0xff) : "?";
        return String.format("invalid UTF-8: byte %s at byte %d of the line (papergraph reads UTF-8; a Latin-1 file can be"
                + " converted with iconv -f latin1 -t utf-8); line skipped", bytesShown, at + 1);
    }

    /** Puts back the line just read; the line number returns to {@code numberBefore}. */
    void unread(String line, long numberBefore) {
        pushedBack = line;
        pushedBackNumber = lineNumber;
        lineNumber = numberBefore;
    }

    /** The number of the line last read (1-based). */
    long lineNumber() {
        return lineNumber;
    }

    /** Characters (bytes, when reading bytes) consumed so far. */
    long position() {
        return position;
    }

    @Override
    public void close() throws IOException {
        if (chars != null) chars.close(); else bytes.close();
    }
}
