package scot.quads.authority;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/**
 * Another spelling of a council's name, as publications such as LGBF's write it. Its identity is the spelling's
 * match key (see {@code NameMatcher}), so one spelling names one council at most.
 */
@Entity
@Table(name = "council_alias")
public class CouncilAlias extends PanacheEntityBase {

    /** The primary key on match_key. */
    public static final String PRIMARY_KEY = "council_alias_pkey";

    @Id
    @Column(name = "match_key")
    public String matchKey;
    public String alias;
    @Column(name = "gss_code")
    public String gssCode;

    public static List<CouncilAlias> of(String gssCode) {
        return list("gssCode = ?1 order by alias", gssCode);
    }
}
