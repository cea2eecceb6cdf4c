package scot.quads.authority.rest;

import java.util.List;

/** A council's other names, which lookups and indicator imports match besides its official and LGBF names. */
public record AliasesRepresentation(String gssCode, List<String> aliases) {
}
