import org.tukaani.xz.XZInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decompresses one .xz file (PostgreSQL's .txz) for machines without the xz command;
 * tar then unpacks the result. Usage: java -cp '.quads/lib/tools/*' deploy/local/Unxz.java IN OUT
 */
public class Unxz {
    public static void main(String[] args) throws IOException {
        try (var in = new XZInputStream(new BufferedInputStream(Files.newInputStream(Path.of(args[0]))));
             var out = Files.newOutputStream(Path.of(args[1]))) {
            in.transferTo(out);
        }
    }
}
