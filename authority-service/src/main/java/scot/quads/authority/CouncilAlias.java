package scot.quads.authority;

/** Another spelling of a council's name, as publications such as LGBF's write it. */
public class CouncilAlias {

    public String matchKey;
    public String alias;
    public String gssCode;
}
