package scot.quads.portal.e2e;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What an authenticator app shows: the time-based one-time code of RFC 6238 (HMAC-SHA1, 6 digits, 30-second steps,
 * the realm's OTP policy) for a key given in Base32, as apps take it.
 */
final class OneTimeCode {

    static final int DIGITS = 6;
    static final long STEP_SECONDS = 30;
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private final byte[] key;

    private OneTimeCode(byte[] key) {
        this.key = key.clone();
    }

    static OneTimeCode ofBase32(String key) {
        return new OneTimeCode(base32(key));
    }

    static OneTimeCode ofBytes(byte[] key) {
        return new OneTimeCode(key);
    }

    /** The code valid at this instant (seconds since the epoch). */
    String at(long epochSeconds) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(epochSeconds / STEP_SECONDS).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int truncated = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format(Locale.ROOT, "%0" + DIGITS + "d", truncated % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }

    /** The code valid now. */
    String now() {
        return at(System.currentTimeMillis() / 1000);
    }

    private static byte[] base32(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.replace("=", "").toUpperCase(Locale.ROOT).toCharArray()) {
            int value = BASE32.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not Base32: " + c);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                bytes.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return bytes.toByteArray();
    }
}
