package scot.quads.authority.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import scot.quads.authority.service.IndicatorCsv.Layout;
import scot.quads.authority.service.IndicatorCsv.Problem;
import scot.quads.authority.service.IndicatorCsv.Row;

class IndicatorCsvTest {

    private static final NameMatcher NAMES = new NameMatcher(Map.of(
            "S12000036", List.of("City of Edinburgh", "Edinburgh City", "Edinburgh, City of"),
            "S12000049", List.of("Glasgow City"),
            "S12000013", List.of("Na h-Eileanan Siar", "Eilean Siar")));

    private static final IndicatorCsv.Directory DIRECTORY = new IndicatorCsv.Directory() {
        @Override
        public Optional<String> areaByCode(String code) {
            return switch (code.toUpperCase()) {
                case "S12000036", "S12000049", "S12000013" -> Optional.of(code.toUpperCase());
                case "S12000046" -> Optional.of("S12000049");
                case IndicatorCsv.SCOTLAND -> Optional.of(IndicatorCsv.SCOTLAND);
                default -> Optional.empty();
            };
        }

        @Override
        public Optional<String> areaByName(String name) {
            return NameMatcher.key(name).equals("scotland") ? Optional.of(IndicatorCsv.SCOTLAND) : NAMES.match(name);
        }

        @Override
        public Optional<String> indicator(String code) {
            return List.of("CHN1", "CHN4").stream().filter(c -> c.equalsIgnoreCase(code)).findFirst();
        }
    };

    private static IndicatorCsv.Result parse(String csv) {
        return IndicatorCsv.parse(csv, DIRECTORY);
    }

    @Test
    void theLongFormatIsReadWithCurrentAndOlderCodesAndScotland() {
        IndicatorCsv.Result result = parse("""
                gss_code,area,indicator,period,value
                S12000036,Edinburgh City,CHN1,2020-21,5774.7619
                S12000046,Glasgow City,chn4,2020/21,60
                S92000003,Scotland,CHN4,2020-21,67
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.layout()).isEqualTo(Layout.LONG);
        assertThat(result.rows()).containsExactly(
                new Row(2, "S12000036", "CHN1", "2020-21", new BigDecimal("5774.7619")),
                new Row(3, "S12000049", "CHN4", "2020-21", new BigDecimal("60")),
                new Row(4, IndicatorCsv.SCOTLAND, "CHN4", "2020-21", new BigDecimal("67")));
    }

    @Test
    void theLongFormatMatchesByAreaWhenTheCodeIsBlank() {
        IndicatorCsv.Result result = parse("""
                area,indicator,period,value
                Eilean Siar,CHN1,2020-21,9915.5
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).extracting(Row::area).containsExactly("S12000013");
    }

    @Test
    void theLgbfLayoutIsReadByNameWithQuotedNamesAndExtraPublicationColumns() {
        IndicatorCsv.Result result = parse("""
                \uFEFFLA_Information_LocalAuthority,LA_Information_FamilyGroup,Indicators_Information_Code,LA_Data_LGBF_Year,LA_Data_LA_IndicatorReal,LA_Data_Numerator\r
                "Edinburgh, City of",1,CHN4,2020-21,71.5,300\r
                Eilean Siar,4,CHN1,2020-21,9915.5481,\r
                Scotland,,CHN4,2020-21,67,\r
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.layout()).isEqualTo(Layout.LGBF);
        assertThat(result.rows()).containsExactly(
                new Row(2, "S12000036", "CHN4", "2020-21", new BigDecimal("71.5")),
                new Row(3, "S12000013", "CHN1", "2020-21", new BigDecimal("9915.5481")),
                new Row(4, IndicatorCsv.SCOTLAND, "CHN4", "2020-21", new BigDecimal("67")));
    }

    @Test
    void blankAndNoDataValuesAreSkippedNotReported() {
        IndicatorCsv.Result result = parse("""
                gss_code,area,indicator,period,value
                S12000036,,CHN1,2020-21,
                S12000049,,CHN1,2020-21,NA
                S12000013,,CHN1,2020-21,*
                S92000003,,CHN1,2020-21,6000
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.skipped()).isEqualTo(3);
        assertThat(result.rows()).hasSize(1);
    }

    @Test
    void unknownAndMissingColumnsAreProblemsOnTheHeaderLine() {
        IndicatorCsv.Result result = parse("""
                gss_code,indicator,period,amount,notes
                S12000036,CHN1,2020-21,1,x
                """);

        assertThat(result.problems()).containsExactly(
                new Problem(1, "Unknown column 'amount': expected gss_code,area,indicator,period,value"),
                new Problem(1, "Unknown column 'notes': expected gss_code,area,indicator,period,value"),
                new Problem(1, "Missing column 'value'"));
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void aColumnOutsideTheLgbfPublicationIsAProblem() {
        IndicatorCsv.Result result = parse("""
                LA_Information_LocalAuthority,Indicators_Information_Code,LA_Data_LGBF_Year,Value
                Glasgow City,CHN1,2020-21,1
                """);

        assertThat(result.problems()).extracting(Problem::line, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "Unknown column 'value': expected LGBF publication columns "
                        + "(LA_Information_*, Indicators_Information_*, LA_Data_*)"),
                org.assertj.core.groups.Tuple.tuple(1, "Missing column 'la_data_la_indicatorreal'"));
    }

    @Test
    void everyRowProblemIsReportedWithItsLine() {
        IndicatorCsv.Result result = parse("""
                gss_code,area,indicator,period,value
                S12000036,,CHN1,2020-21,12.5
                S12999999,,CHN1,2020-21,1
                S12000049,,CHN99,2020-21,1
                S12000049,,CHN1,2020,1
                S12000049,,CHN4,2020-21,twelve
                S12000049,,CHN4,2020-21,1,extra

                S12000036,,CHN1,2020-21,13
                S12000049,Edinburgh City,CHN1,2019-20,1
                ,,CHN1,2019-20,1
                """);

        assertThat(result.problems()).containsExactly(
                new Problem(3, "Unknown council code 'S12999999'"),
                new Problem(4, "Unknown indicator 'CHN99'"),
                new Problem(5, "Period '2020' is not a year such as 2020-21 or a span such as 2016-19"),
                new Problem(6, "Value 'twelve' is not a number"),
                new Problem(7, "The row has 6 fields, the header 5"),
                new Problem(9, "Duplicates line 2: the same council, indicator and period"),
                new Problem(10, "Area 'Edinburgh City' is S12000036, not S12000049"),
                new Problem(11, "Neither gss_code nor area says which council"));
        assertThat(result.rows()).extracting(Row::line).containsExactly(2);
    }

    @Test
    void anUnknownCouncilNameInTheLgbfLayoutAsksForAnAlias() {
        IndicatorCsv.Result result = parse("""
                LA_Information_LocalAuthority,Indicators_Information_Code,LA_Data_LGBF_Year,LA_Data_LA_IndicatorReal
                Glasgow,CHN1,2020-21,1
                ,CHN1,2020-21,1
                """);

        assertThat(result.problems()).containsExactly(
                new Problem(2, "Unknown council 'Glasgow': add the spelling to the council's aliases"),
                new Problem(3, "The local authority is missing"));
    }

    @Test
    void aQuotedFieldSpanningLinesKeepsLaterLineNumbersRight() {
        IndicatorCsv.Result result = parse("""
                LA_Information_LocalAuthority,Indicators_Information_Title,Indicators_Information_Code,LA_Data_LGBF_Year,LA_Data_LA_IndicatorReal
                Glasgow City,"Cost per
                pupil, \"\"primary\"\"\",CHN1,2020-21,5952.7
                Glasgow City,x,CHN1,2019-20,bad
                """);

        assertThat(result.problems()).containsExactly(new Problem(4, "Value 'bad' is not a number"));
    }

    @Test
    void emptyFilesAndHeaderOnlyFilesAreProblems() {
        assertThat(parse("").problems()).containsExactly(new Problem(1, "The file is empty: expected a header line"));
        assertThat(parse("gss_code,area,indicator,period,value\n").problems())
                .containsExactly(new Problem(1, "The file has a header but no rows"));
    }

    @Test
    void anUnclosedQuoteIsAProblem() {
        IndicatorCsv.Result result = parse("""
                gss_code,area,indicator,period,value
                S12000036,"Edinburgh,CHN1,2020-21,1
                """);

        assertThat(result.problems()).contains(new Problem(2, "A quoted field is not closed"));
    }

    @Test
    void aColumnNamedTwiceIsAProblem() {
        IndicatorCsv.Result result = parse("""
                gss_code,indicator,period,value,value
                S12000036,CHN1,2020-21,1,2
                """);

        assertThat(result.problems()).containsExactly(new Problem(1, "Column value appears twice"));
    }
}
