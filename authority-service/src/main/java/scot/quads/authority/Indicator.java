package scot.quads.authority;

/**
 * A context indicator's definition. {@code higherIsBetter} is null for counts such as pupil numbers, which have no
 * better direction; {@code familySet} says which LGBF family groups it is benchmarked on ("people" or "other").
 */
public class Indicator {

    public static final String PEOPLE = "people";
    public static final String OTHER = "other";
    public String code;
    public String title;
    public String unit;
    public Boolean higherIsBetter;
    public String familySet;
}
