package scot.quads.support.rest;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * A download's {@code Content-Disposition} for a file name as people write it ("Glasgow City – self-evaluation
 * 2026-27.xlsx"): the name in UTF-8 ({@code filename*}, RFC 6266 and 8187) for every current browser, and an ASCII
 * spelling ({@code filename}) for anything older. Characters no file system takes (/ \ : * ? " < > | and control
 * characters) become a space or a dash first.
 */
public final class Attachments {

    private Attachments() {
    }

    /** The header's value for the file name. */
    public static String contentDisposition(String fileName) {
        String name = safeName(fileName);
        return "attachment; filename=\"" + ascii(name) + "\"; filename*=UTF-8''" + encode(name);
    }

    /** The name with the characters file systems refuse replaced, runs of spaces closed, and no dot or space at the ends. */
    public static String safeName(String fileName) {
        String name = fileName.replaceAll("[/\\\\:|]", "-").replaceAll("[*?\"<>\\p{Cntrl}]", " ")
                .replaceAll("\\s+", " ").strip();
        while (name.startsWith(".")) {
            name = name.substring(1).strip();
        }
        return name.isEmpty() ? "download" : name;
    }

    /** An ASCII spelling: dashes for dashes, accents dropped, anything else an underscore. */
    static String ascii(String name) {
        String plain = Normalizer.normalize(name.replaceAll("[\u2010-\u2015\u2212]", "-"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder(plain.length());
        plain.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        return out.toString();
    }

    /** Percent-encoding of the UTF-8 bytes, leaving RFC 8187's attr-chars as they are. */
    static String encode(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
