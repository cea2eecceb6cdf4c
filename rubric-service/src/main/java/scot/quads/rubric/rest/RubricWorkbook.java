package scot.quads.rubric.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import scot.quads.rubric.Question;
import scot.quads.rubric.RubricContent;
import scot.quads.rubric.rest.FrameworkImport.IndicatorImport;
import scot.quads.rubric.rest.FrameworkImport.Level;
import scot.quads.rubric.rest.FrameworkImport.QuestionImport;
import scot.quads.rubric.rest.FrameworkImport.ThemeImport;
import scot.quads.support.problem.Problem.FieldError;
import scot.quads.support.problem.ProblemException;

/**
 * A rubric version as a workbook people draft in Excel: a "Rubric" sheet (framework code, title, description,
 * version label), a "Scale" sheet (a row per level) and a "Questions" sheet (a row per question in order, with its
 * theme and indicator repeated on each row). Reading it builds the same {@link FrameworkImport} as the JSON import
 * and checks it with the same rules; every problem is named by its cell ({@code Questions!I12}), and nothing is
 * written unless the whole workbook is valid. A theme's or indicator's title and guidance come from its first row;
 * later rows may leave them empty but may not contradict them. Rows are taken in the order of the "order" column
 * (rows without one keep their place after those with one). "narrativeFields" lists the fields a question asks for
 * (such as "evidence, nextSteps"; empty for all four, "none" for none); "contextIndicators" the context
 * indicators' codes it bears on (such as "CHN4, CHN11"; empty for none), a column a workbook written before it
 * existed may lack, as it may lack the grain's: the Rubric sheet's "gradingGrain" row ({@code question}, the default,
 * or {@code quality-indicator}), and the Questions sheet's "kind" ({@code graded} or {@code narrative}; empty for the
 * grain's default), "required" (yes, the default, or no for an optional narrative question) and
 * "indicatorNotApplicableAllowed" (graded per quality indicator: whether the indicator may be not applicable; given
 * once per indicator like its title).
 */
final class RubricWorkbook {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String RUBRIC = "Rubric";
    static final String SCALE = "Scale";
    static final String QUESTIONS = "Questions";
    /** A question asking for no narrative, in the narrativeFields column (an empty cell means all four). */
    static final String NONE = "none";
    /**
     * The Questions sheet's columns from contextIndicators on, which workbooks written before they existed lack:
     * contextIndicators, kind, required and indicatorNotApplicableAllowed.
     */
    static final int FIRST_OPTIONAL_QUESTION_COLUMN = 14;
    static final List<String> RUBRIC_FIELDS = List.of("code", "title", "description", "versionLabel",
            "gradingGrain");
    /** The Rubric sheet's fields a workbook written before they existed lacks (read as the default). */
    static final List<String> OPTIONAL_RUBRIC_FIELDS = List.of("gradingGrain");
    static final List<String> SCALE_COLUMNS = List.of("value", "label", "descriptor");
    static final List<String> QUESTION_COLUMNS = List.of("order", "themeCode", "themeTitle", "themeGuidance",
            "indicatorCode", "indicatorTitle", "indicatorGuidance", "questionCode", "questionTitle", "prompt",
            "guidance", "illustration", "notApplicableAllowed", "narrativeFields", "contextIndicators", "kind",
            "required", "indicatorNotApplicableAllowed");

    private RubricWorkbook() {
    }

    static byte[] write(RubricContent content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet rubric = workbook.createSheet(RUBRIC);
            header(rubric, List.of("field", "value"), bold);
            List<String> values = List.of(content.framework().code, content.framework().title,
                    text(content.framework().description), content.version().label,
                    content.version().gradingGrain.wire());
            for (int i = 0; i < RUBRIC_FIELDS.size(); i++) {
                row(rubric, i + 1, List.of(RUBRIC_FIELDS.get(i), values.get(i)));
            }

            Sheet scale = workbook.createSheet(SCALE);
            header(scale, SCALE_COLUMNS, bold);
            for (int i = 0; i < content.scale().size(); i++) {
                var level = content.scale().get(i);
                Row row = row(scale, i + 1, List.of("", level.label, text(level.descriptor)));
                row.getCell(0).setCellValue(level.value);
            }

            Sheet questions = workbook.createSheet(QUESTIONS);
            header(questions, QUESTION_COLUMNS, bold);
            int r = 1;
            for (RubricContent.Placed placed : content.questions()) {
                Question q = placed.question();
                Row row = row(questions, r, List.of("", placed.theme().code, placed.theme().title,
                        text(placed.theme().guidance), placed.indicator().code, placed.indicator().title,
                        text(placed.indicator().guidance), q.code, text(q.title), q.prompt, text(q.guidance),
                        text(q.illustration), q.notApplicableAllowed ? "yes" : "no",
                        q.narrativeFields.isEmpty() ? NONE : String.join(", ", q.narrativeFields),
                        String.join(", ", q.contextIndicators), q.kind.wire(), q.required ? "yes" : "no",
                        content.version().gradedPerIndicator()
                                ? placed.indicator().notApplicableAllowed ? "yes" : "no" : ""));
                row.getCell(0).setCellValue(r);
                r++;
            }
            for (Sheet sheet : List.of(rubric, scale, questions)) {
                sheet.createFreezePane(0, 1);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The workbook could not be written", e);
        }
    }

    /** Reads and checks the whole workbook; throws a 422 naming every bad cell, or a 400 if it is no workbook. */
    static FrameworkImport read(byte[] file, Validator validator) {
        Workbook workbook;
        try {
            workbook = WorkbookFactory.create(new ByteArrayInputStream(file));
        } catch (IOException | RuntimeException e) {
            throw ProblemException.badRequest("The body is not an XLSX workbook",
                    new FieldError("body", "must be an .xlsx workbook with the sheets Rubric, Scale and Questions"));
        }
        try (workbook) {
            Reader reader = new Reader(workbook, validator);
            FrameworkImport rubric = reader.read();
            // Every rule is checked even when reading found problems, so one answer names every bad cell. A cell
            // the reader already named (a number that is not one, say) is not named again, nor is a part of a sheet
            // that could not be read at all (its sheet or header is named instead).
            Set<String> named = new HashSet<>(reader.errors.stream().map(FieldError::field).toList());
            boolean unreadable = !reader.errors.isEmpty();
            for (ConstraintViolation<FrameworkImport> violation : validator.validate(rubric)) {
                Optional<String> cell = reader.locate(violation.getPropertyPath());
                if (unreadable && cell.isEmpty() || cell.isPresent() && named.contains(cell.get())) {
                    continue;
                }
                FieldError error = new FieldError(cell.orElse(RUBRIC + "!A1"),
                        reader.columnOf(violation.getPropertyPath()) + " " + violation.getMessage());
                if (!reader.errors.contains(error)) {
                    reader.errors.add(error);
                }
            }
            for (FieldError mix : GrainRules.problems(rubric)) {
                Optional<String> cell = reader.locate(mix.field());
                FieldError error = new FieldError(cell.orElse(RUBRIC + "!A1"),
                        reader.columnOf(mix.field()) + " " + mix.message());
                if (cell.isPresent() && named.contains(cell.get()) || reader.errors.contains(error)) {
                    continue;
                }
                reader.errors.add(error);
            }
            if (!reader.errors.isEmpty()) {
                reader.errors.sort(Comparator.comparing(FieldError::field, RubricWorkbook::byCell));
                throw ProblemException.unprocessable(reader.errors.size() + " cells of the workbook need"
                        + " correcting; nothing was imported", reader.errors);
            }
            return rubric;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Orders "Questions!I12" by sheet (in the workbook's order), then row, then column. */
    private static int byCell(String a, String b) {
        String[] x = a.split("!");
        String[] y = b.split("!");
        if (x.length < 2 || y.length < 2) {
            return a.compareTo(b);
        }
        List<String> sheets = List.of(RUBRIC, SCALE, QUESTIONS);
        if (!x[0].equals(y[0])) {
            return Integer.compare(sheets.indexOf(x[0]), sheets.indexOf(y[0]));
        }
        CellReference cx = new CellReference(x[1]);
        CellReference cy = new CellReference(y[1]);
        return cx.getRow() != cy.getRow() ? Integer.compare(cx.getRow(), cy.getRow())
                : Integer.compare(cx.getCol(), cy.getCol());
    }

    /** One pass over the three sheets, remembering which cell each part of the import came from. */
    private static final class Reader {

        private final Workbook workbook;
        private final Validator validator;
        private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
        private final List<FieldError> errors = new ArrayList<>();
        /** Property path of the import (such as {@code themes[1].indicators[0].title}) to cell. */
        private final Map<String, String> cells = new HashMap<>();
        private final Map<String, String> columns = new HashMap<>();

        Reader(Workbook workbook, Validator validator) {
            this.workbook = workbook;
            this.validator = validator;
        }

        FrameworkImport read() {
            Map<String, String> rubric = readRubric();
            List<Level> scale = readScale();
            List<ThemeImport> themes = readQuestions();
            return new FrameworkImport(rubric.get("code"), rubric.get("title"), rubric.get("description"),
                    rubric.get("versionLabel"), scale, themes, rubric.get("gradingGrain"));
        }

        private Map<String, String> readRubric() {
            Sheet sheet = sheet(RUBRIC);
            Map<String, String> values = new HashMap<>();
            if (sheet == null) {
                return values;
            }
            for (String field : RUBRIC_FIELDS) {
                if (!OPTIONAL_RUBRIC_FIELDS.contains(field)) {
                    cells.put(field, RUBRIC + "!B1");
                }
                columns.put(field, field);
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String field = text(row, 0);
                if (field == null) {
                    continue;
                }
                if (!RUBRIC_FIELDS.contains(field)) {
                    errors.add(new FieldError(ref(RUBRIC, r, 0), "field must be one of " + RUBRIC_FIELDS));
                    continue;
                }
                values.put(field, text(row, 1));
                cells.put(field, ref(RUBRIC, r, 1));
            }
            return values;
        }

        private List<Level> readScale() {
            Sheet sheet = sheet(SCALE);
            List<Level> scale = new ArrayList<>();
            if (sheet == null || !header(sheet, SCALE, SCALE_COLUMNS)) {
                return scale;
            }
            cells.put("scale", SCALE + "!A1");
            columns.put("scale", "scale");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (blank(row, SCALE_COLUMNS.size())) {
                    continue;
                }
                String path = "scale[" + scale.size() + "]";
                for (int c = 0; c < SCALE_COLUMNS.size(); c++) {
                    cells.put(path + "." + SCALE_COLUMNS.get(c), ref(SCALE, r, c));
                    columns.put(path + "." + SCALE_COLUMNS.get(c), SCALE_COLUMNS.get(c));
                }
                cells.put(path, ref(SCALE, r, 0));
                columns.put(path, "level");
                scale.add(new Level(number(row, 0, SCALE, r), text(row, 1), text(row, 2)));
            }
            return scale;
        }

        private List<ThemeImport> readQuestions() {
            Sheet sheet = sheet(QUESTIONS);
            if (sheet == null || !header(sheet, QUESTIONS, QUESTION_COLUMNS)) {
                return List.of();
            }
            cells.put("themes", QUESTIONS + "!A1");
            columns.put("themes", "questions");
            List<Integer> rows = new ArrayList<>();
            Map<Integer, Integer> order = new HashMap<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (blank(row, QUESTION_COLUMNS.size())) {
                    continue;
                }
                rows.add(r);
                Integer position = number(row, 0, QUESTIONS, r);
                order.put(r, position == null ? Integer.MAX_VALUE : position);
            }
            rows.sort(Comparator.comparing(order::get));

            Map<String, ThemeRows> themes = new LinkedHashMap<>();
            Map<String, String> indicatorTheme = new HashMap<>();
            for (int r : rows) {
                Row row = sheet.getRow(r);
                String themeCode = text(row, 1);
                String indicatorCode = text(row, 4);
                if (themeCode == null) {
                    errors.add(new FieldError(ref(QUESTIONS, r, 1), "themeCode must not be blank"));
                    checkUnplaced(row, r);
                    continue;
                }
                if (indicatorCode == null) {
                    errors.add(new FieldError(ref(QUESTIONS, r, 4), "indicatorCode must not be blank"));
                    checkUnplaced(row, r);
                    continue;
                }
                String otherTheme = indicatorTheme.putIfAbsent(indicatorCode, themeCode);
                if (otherTheme != null && !otherTheme.equals(themeCode)) {
                    errors.add(new FieldError(ref(QUESTIONS, r, 4), "indicatorCode " + indicatorCode
                            + " is already under theme " + otherTheme));
                    checkUnplaced(row, r);
                    continue;
                }
                ThemeRows theme = themes.computeIfAbsent(themeCode, code -> new ThemeRows(r));
                theme.title = heading(theme.title, row, 2, r, "themeTitle");
                theme.guidance = heading(theme.guidance, row, 3, r, "themeGuidance");
                IndicatorRows indicator = theme.indicators.computeIfAbsent(indicatorCode,
                        code -> new IndicatorRows(r));
                indicator.title = heading(indicator.title, row, 5, r, "indicatorTitle");
                indicator.guidance = heading(indicator.guidance, row, 6, r, "indicatorGuidance");
                indicator.notApplicable = heading(indicator.notApplicable, row, 17, r,
                        "indicatorNotApplicableAllowed");
                indicator.rows.add(r);
            }

            List<ThemeImport> result = new ArrayList<>();
            int t = 0;
            for (Map.Entry<String, ThemeRows> theme : themes.entrySet()) {
                String themePath = "themes[" + t + "]";
                ThemeRows themeRows = theme.getValue();
                place(themePath + ".code", themeRows.firstRow, 1, "themeCode");
                place(themePath + ".title", themeRows.title == null ? themeRows.firstRow : themeRows.title.row, 2,
                        "themeTitle");
                place(themePath + ".guidance",
                        themeRows.guidance == null ? themeRows.firstRow : themeRows.guidance.row, 3, "themeGuidance");
                List<IndicatorImport> indicators = new ArrayList<>();
                int i = 0;
                for (Map.Entry<String, IndicatorRows> indicator : themeRows.indicators.entrySet()) {
                    String indicatorPath = themePath + ".indicators[" + i + "]";
                    IndicatorRows indicatorRows = indicator.getValue();
                    place(indicatorPath + ".code", indicatorRows.firstRow, 4, "indicatorCode");
                    place(indicatorPath + ".title",
                            indicatorRows.title == null ? indicatorRows.firstRow : indicatorRows.title.row, 5,
                            "indicatorTitle");
                    place(indicatorPath + ".guidance",
                            indicatorRows.guidance == null ? indicatorRows.firstRow : indicatorRows.guidance.row, 6,
                            "indicatorGuidance");
                    List<QuestionImport> questions = new ArrayList<>();
                    for (int r : indicatorRows.rows) {
                        String questionPath = indicatorPath + ".questions[" + questions.size() + "]";
                        Row row = sheet.getRow(r);
                        place(questionPath, r, 7, "questionCode");
                        String[] fields = { "code", "title", "prompt", "guidance", "illustration",
                            "notApplicableAllowed", "narrativeFields", "contextIndicators", "kind", "required" };
                        for (int f = 0; f < fields.length; f++) {
                            place(questionPath + "." + fields[f], r, 7 + f, QUESTION_COLUMNS.get(7 + f));
                        }
                        questions.add(question(row, r));
                    }
                    place(indicatorPath + ".notApplicableAllowed", indicatorRows.notApplicable == null
                            ? indicatorRows.firstRow : indicatorRows.notApplicable.row, 17,
                            "indicatorNotApplicableAllowed");
                    indicators.add(new IndicatorImport(indicator.getKey(), value(indicatorRows.title),
                            value(indicatorRows.guidance), questions, indicatorRows.notApplicable == null ? null
                                    : yesNo(indicatorRows.notApplicable.value, indicatorRows.notApplicable.row, 17)));
                    i++;
                }
                result.add(new ThemeImport(theme.getKey(), value(themeRows.title), value(themeRows.guidance),
                        indicators));
                t++;
            }
            return result;
        }

        /** The question's own columns (H onwards) as they read in the JSON import's shape, from one row. */
        private QuestionImport question(Row row, int r) {
            String required = text(row, 16);
            return new QuestionImport(text(row, 7), text(row, 8), text(row, 9), text(row, 10), text(row, 11),
                    yesNo(row, 12, r), narratives(row, 13), codes(row, 14), text(row, 15),
                    required == null ? null : yesNo(required, r, 16));
        }

        /**
         * A row that cannot be placed under a theme and indicator still has its own cells checked, so that the one
         * answer names them too.
         */
        private void checkUnplaced(Row row, int r) {
            for (ConstraintViolation<QuestionImport> violation : validator.validate(question(row, r))) {
                String field = violation.getPropertyPath().iterator().next().getName();
                int column = QUESTION_COLUMNS.indexOf(field.equals("code") ? "questionCode"
                        : field.equals("title") ? "questionTitle" : field);
                if (column >= 0) {
                    errors.add(new FieldError(ref(QUESTIONS, r, column), QUESTION_COLUMNS.get(column) + " "
                            + violation.getMessage()));
                }
            }
        }

        /** A theme's or indicator's title or guidance: the first value given; a different later one is an error. */
        private Heading heading(Heading known, Row row, int column, int r, String name) {
            String value = text(row, column);
            if (value == null) {
                return known;
            }
            if (known == null) {
                return new Heading(value, r);
            }
            if (!known.value.equals(value)) {
                errors.add(new FieldError(ref(QUESTIONS, r, column), name + " differs from the one in row "
                        + (known.row + 1) + "; give it once or the same each time"));
            }
            return known;
        }

        private void place(String path, int row, int column, String name) {
            cells.put(path, ref(QUESTIONS, row, column));
            columns.put(path, name);
        }

        /** The cell a part of the import came from (or the nearest enclosing part's); empty if none is known. */
        Optional<String> locate(Path path) {
            return locate(key(path));
        }

        /** As {@link #locate(Path)}, for a JSON path such as {@code themes[1].indicators[0].title}. */
        Optional<String> locate(String path) {
            String key = path;
            while (!key.isEmpty()) {
                if (cells.containsKey(key)) {
                    return Optional.of(cells.get(key));
                }
                int cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('['));
                key = cut <= 0 ? "" : key.substring(0, cut);
            }
            return Optional.empty();
        }

        String columnOf(Path path) {
            return columnOf(key(path));
        }

        String columnOf(String path) {
            String key = path;
            while (!key.isEmpty()) {
                if (columns.containsKey(key)) {
                    return columns.get(key);
                }
                int cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('['));
                key = cut <= 0 ? "" : key.substring(0, cut);
            }
            return "workbook";
        }

        /** {@code themes[1].indicators[0].title} from a violation's path. */
        private static String key(Path path) {
            StringBuilder key = new StringBuilder();
            for (Path.Node node : path) {
                if (node.getName() == null) {
                    if (node.getIndex() != null) {
                        key.append('[').append(node.getIndex()).append(']');
                    }
                    continue;
                }
                if (node.getIndex() != null && key.length() > 0) {
                    key.append('[').append(node.getIndex()).append(']');
                }
                if (key.length() > 0) {
                    key.append('.');
                }
                key.append(node.getName());
            }
            return key.toString();
        }

        private Sheet sheet(String name) {
            Sheet sheet = workbook.getSheet(name);
            if (sheet == null) {
                errors.add(new FieldError(name + "!A1", "the workbook needs a sheet called " + name));
            }
            return sheet;
        }

        private boolean header(Sheet sheet, String name, List<String> expected) {
            Row row = sheet.getRow(0);
            boolean ok = true;
            for (int c = 0; c < expected.size(); c++) {
                boolean optionalAndAbsent = QUESTIONS.equals(name) && c >= FIRST_OPTIONAL_QUESTION_COLUMN
                        && text(row, c) == null;
                if (!optionalAndAbsent && !expected.get(c).equals(text(row, c))) {
                    errors.add(new FieldError(ref(name, 0, c), "the header must be " + expected.get(c)));
                    ok = false;
                }
            }
            return ok;
        }

        private Integer number(Row row, int column, String sheet, int r) {
            String text = text(row, column);
            if (text == null) {
                return null;
            }
            try {
                return Integer.valueOf(text.endsWith(".0") ? text.substring(0, text.length() - 2) : text);
            } catch (NumberFormatException e) {
                errors.add(new FieldError(ref(sheet, r, column), (sheet.equals(SCALE) ? "value" : "order")
                        + " must be a whole number"));
                return null;
            }
        }

        private boolean yesNo(Row row, int column, int r) {
            String text = text(row, column);
            return text != null && yesNo(text, r, column);
        }

        /** "yes" or "no" (also y/n, true/false) in the column; anything else is named as a bad cell. */
        private boolean yesNo(String text, int r, int column) {
            String lower = text.strip().toLowerCase(Locale.ROOT);
            if (Set.of("yes", "y", "true").contains(lower)) {
                return true;
            }
            if (!Set.of("no", "n", "false").contains(lower)) {
                errors.add(new FieldError(ref(QUESTIONS, r, column), QUESTION_COLUMNS.get(column)
                        + " must be yes or no"));
            }
            return false;
        }

        /** Comma-separated codes; null for an empty cell. */
        private List<String> codes(Row row, int column) {
            String text = text(row, column);
            return text == null ? null
                    : java.util.Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        /** Comma-separated field names; "none" for none; empty for all four. */
        private List<String> narratives(Row row, int column) {
            String text = text(row, column);
            if (text == null) {
                return null;
            }
            if (NONE.equalsIgnoreCase(text.strip())) {
                return List.of();
            }
            return java.util.Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        private boolean blank(Row row, int width) {
            for (int c = 0; c < width; c++) {
                if (text(row, c) != null) {
                    return false;
                }
            }
            return true;
        }

        /** The cell's text exactly as typed (numbers as shown); null for an empty cell. */
        private String text(Row row, int column) {
            if (row == null) {
                return null;
            }
            Cell cell = row.getCell(column);
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                return null;
            }
            String text = cell.getCellType() == CellType.STRING ? cell.getStringCellValue()
                    : formatter.formatCellValue(cell);
            return text == null || text.isEmpty() ? null : text;
        }
    }

    private record Heading(String value, int row) {
    }

    private static final class ThemeRows {
        final int firstRow;
        Heading title;
        Heading guidance;
        final Map<String, IndicatorRows> indicators = new LinkedHashMap<>();

        ThemeRows(int firstRow) {
            this.firstRow = firstRow;
        }
    }

    private static final class IndicatorRows {
        final int firstRow;
        Heading title;
        Heading guidance;
        /** indicatorNotApplicableAllowed, given once for the indicator like its title. */
        Heading notApplicable;
        final List<Integer> rows = new ArrayList<>();

        IndicatorRows(int firstRow) {
            this.firstRow = firstRow;
        }
    }

    private static String value(Heading heading) {
        return heading == null ? null : heading.value;
    }

    private static String ref(String sheet, int row, int column) {
        return sheet + "!" + new CellReference(row, column).formatAsString(false);
    }

    private static void header(Sheet sheet, List<String> names, CellStyle bold) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < names.size(); c++) {
            row.createCell(c).setCellValue(names.get(c));
            row.getCell(c).setCellStyle(bold);
        }
    }

    /** Text cells only, so nothing typed is ever run as a formula. */
    private static Row row(Sheet sheet, int r, List<String> values) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < values.size(); c++) {
            row.createCell(c).setCellValue(values.get(c));
        }
        return row;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
