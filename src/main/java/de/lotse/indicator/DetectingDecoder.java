package de.lotse.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a statistics file while it is read, in one pass and with a fixed buffer: strictly as UTF-8 until the first
 * byte sequence that is not UTF-8; if everything before it was plain ASCII the file is ISO-8859-1 (the older
 * GENESIS downloads, e.g. {@code 21111-02-06-4.csv}) and the rest is decoded as such. This gives the same text as
 * "decode the whole file as UTF-8, and if that fails as ISO-8859-1", without holding the file. A file that has
 * proper UTF-8 characters and later a byte that is not UTF-8 has mixed encodings and is rejected with
 * {@link MixedEncodingException} instead of being turned into garbage. A UTF-8 byte order mark is dropped.
 */
final class DetectingDecoder extends Reader {

    private final InputStream in;
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();
    private CharsetDecoder decoder = strict(StandardCharsets.UTF_8);
    private boolean endOfInput;
    private boolean flushed;
    private boolean nonAsciiSeen;
    private boolean start = true;
    private int line = 1;
    private char last;

    DetectingDecoder(InputStream in) {
        this.in = in;
    }

    /**
     * The encoding in use: UTF-8 (also for plain ASCII so far) or ISO-8859-1. Final once the file has been read to the
     * end.
     */
    Charset charset() {
        return decoder.charset();
    }

    /** Whether the text handed out so far ended with a line break (a complete last line). */
    boolean endsWithLineBreak() {
        return last == '\n';
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!flushed) {
            CharBuffer out = CharBuffer.wrap(target, offset, length);
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError() && out.position() == offset) {
                switchOrFail();
                continue;
            }
            if (result.isUnderflow() && endOfInput) {
                decoder.flush(out);
                flushed = true;
            }
            int produced = out.position() - offset;
            if (produced > 0) {
                produced = handOut(target, offset, produced);
                if (produced > 0) {
                    return produced;
                }
            }
            if (!endOfInput) {
                fill();
            }
        }
        return -1;
    }

    private void switchOrFail() throws MixedEncodingException {
        if (nonAsciiSeen || decoder.charset() != StandardCharsets.UTF_8) {
            throw new MixedEncodingException(line);
        }
        decoder = strict(StandardCharsets.ISO_8859_1);
    }

    /** Drops a leading byte order mark, counts lines and notes non-ASCII text; returns the characters left. */
    private int handOut(char[] target, int offset, int produced) {
        if (start) {
            start = false;
            if (target[offset] == '\uFEFF') {
                nonAsciiSeen = true; // a byte order mark declares UTF-8: no switching afterwards
                System.arraycopy(target, offset + 1, target, offset, produced - 1);
                produced--;
                if (produced == 0) {
                    return 0;
                }
            }
        }
        for (int i = offset; i < offset + produced; i++) {
            char c = target[i];
            if (c == '\n') {
                line++;
            } else if (c > 0x7F) {
                nonAsciiSeen = true;
            }
        }
        last = target[offset + produced - 1];
        return produced;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The file mixes UTF-8 with another encoding; thrown at the line of the first byte that is not UTF-8. */
    static final class MixedEncodingException extends IOException {

        private final int line;

        MixedEncodingException(int line) {
            super("Byte sequence that is not UTF-8 in line " + line + " of a file that is otherwise UTF-8");
            this.line = line;
        }

        int line() {
            return line;
        }
    }
}
