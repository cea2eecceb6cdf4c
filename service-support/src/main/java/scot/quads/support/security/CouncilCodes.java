package scot.quads.support.security;

/**
 * What a service knows of councils' codes, for {@link Caller}: some councils had an older GSS code before boundary
 * changes, and a code is accepted wherever a council is named, so a council's own users reach its data by either.
 * A service that keeps councils provides one bean of this type; without one, codes are compared as given.
 */
public interface CouncilCodes {

    /** The council's current GSS code when {@code code} is an older code of one; otherwise {@code code} as given. */
    String current(String code);
}
