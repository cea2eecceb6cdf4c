package scot.quads.quad.export;

import java.util.List;

/**
 * A session pack as its PDF and its Word document both print it: a title, a line saying what it is, then sections,
 * each a heading and a run of blocks (a subheading, a paragraph, or a bullet). Built by the session service from what
 * the reader may see; the renderers only lay it out.
 */
public record SessionPack(String title, String subtitle, List<Section> sections) {

    public record Section(String heading, List<Block> blocks) {
    }

    public record Block(Kind kind, String text) {
    }

    public enum Kind {
        SUBHEADING, PARAGRAPH, BULLET
    }

    public static Block subheading(String text) {
        return new Block(Kind.SUBHEADING, text);
    }

    public static Block paragraph(String text) {
        return new Block(Kind.PARAGRAPH, text);
    }

    public static Block bullet(String text) {
        return new Block(Kind.BULLET, text);
    }

    public String fileName(String extension) {
        return title + "." + extension;
    }
}
