package la.rtp.tracker.workplan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import la.rtp.tracker.common.ProblemException.FieldError;
import la.rtp.tracker.common.Xlsx;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reads the Activities and Budget sheets of an uploaded workplan workbook into rows of typed
 * values, each with its spreadsheet row, noting every cell that does not parse (a word where a
 * number belongs, an unknown currency) instead of stopping at the first. The rules of the JSON
 * API are checked afterwards, by {@link WorkplanImport}, on the requests built from these rows.
 */
final class WorkplanSheets {

    static final int MAX_ACTIVITIES = 500;
    /** Five budget lines per activity at most, as the JSON API allows. */
    static final int MAX_BUDGET_LINES = 5 * MAX_ACTIVITIES;

    /** An Activities row; {@code row} as the spreadsheet numbers it (the header is row 1). */
    record ActivityRow(int row, String ref, String title, String description, List<Integer> outcomes,
            List<Integer> quarters, String organization) {
    }

    /** A Budget row; null where the cell was empty or did not parse. */
    record BudgetRow(int row, String ref, FundingSource source, String funder, Currency currency, BigDecimal planned) {
    }

    record Parsed(List<ActivityRow> activities, List<BudgetRow> budget) {
    }

    /** The located errors of one import, in the user's language. */
    static final class Errors {
        final List<FieldError> list = new ArrayList<>();

        /** An error on a cell; {@code column} 0-based. */
        void add(String sheet, int row, int column, String message) {
            String letter = String.valueOf((char) ('A' + column));
            String header = WorkplanXlsx.columns(sheet).get(column);
            if (list.stream().anyMatch(e -> e.field().equals(sheet + "!" + letter + row))) {
                return; // one error per cell: a cell that did not parse is not judged by the rules too
            }
            list.add(new FieldError(sheet + "!" + letter + row, header + ": " + message, sheet, row, letter));
        }

        /** An error on a sheet as a whole (a missing sheet, an activity left out). */
        void add(String sheet, String message) {
            list.add(new FieldError(sheet, message, sheet, null, null));
        }

        boolean isEmpty() {
            return list.isEmpty();
        }
    }

    private WorkplanSheets() {
    }

    static Parsed parse(Workbook book, Errors errors, WorkplanXlsxMessages words) {
        List<ActivityRow> activities = new ArrayList<>();
        List<BudgetRow> budget = new ArrayList<>();
        List<List<String>> rows = rows(book, WorkplanXlsx.ACTIVITIES, MAX_ACTIVITIES, errors, words);
        for (int i = 0; i < rows.size(); i++) {
            List<String> c = rows.get(i);
            int row = i + 2;
            if (c.stream().allMatch(String::isEmpty)) {
                continue;
            }
            String ref = required(c.get(0), WorkplanXlsx.ACTIVITIES, row, 0, errors, words);
            activities.add(new ActivityRow(row, ref, c.get(1), c.get(2).isEmpty() ? null : c.get(2),
                    numbers(c.get(3), row, 3, errors, words), quarters(c.get(4), row, errors, words),
                    c.get(5).isEmpty() ? null : c.get(5)));
        }
        rows = rows(book, WorkplanXlsx.BUDGET, MAX_BUDGET_LINES, errors, words);
        for (int i = 0; i < rows.size(); i++) {
            List<String> c = rows.get(i);
            int row = i + 2;
            if (c.stream().allMatch(String::isEmpty)) {
                continue;
            }
            String ref = required(c.get(0), WorkplanXlsx.BUDGET, row, 0, errors, words);
            budget.add(new BudgetRow(row, ref, source(c.get(1), row, errors, words), c.get(2).isEmpty() ? null : c.get(2),
                    currency(c.get(3), row, errors, words), amount(c.get(4), row, errors, words)));
        }
        return new Parsed(activities, budget);
    }

    private static List<List<String>> rows(Workbook book, String name, int max, Errors errors,
            WorkplanXlsxMessages words) {
        Sheet sheet = book.getSheet(name);
        if (sheet == null) {
            errors.add(name, words.err_sheet_missing(name));
            return List.of();
        }
        try {
            return Xlsx.cells(sheet, WorkplanXlsx.columns(name).size(), max);
        } catch (Xlsx.TooManyRows e) {
            errors.add(name, words.err_too_many_rows(name, max));
            return List.of();
        }
    }

    private static String required(String value, String sheet, int row, int column, Errors errors,
            WorkplanXlsxMessages words) {
        if (value.isEmpty()) {
            errors.add(sheet, row, column, words.err_required());
            return null;
        }
        return value;
    }

    /** "1, 3" (commas, semicolons or spaces between); null when a part is not a whole number. */
    private static List<Integer> numbers(String value, int row, int column, Errors errors, WorkplanXlsxMessages words) {
        List<Integer> numbers = new ArrayList<>();
        for (String part : parts(value)) {
            try {
                numbers.add(Integer.valueOf(part));
            } catch (NumberFormatException e) {
                errors.add(WorkplanXlsx.ACTIVITIES, row, column, words.err_numbers(value));
                return null;
            }
        }
        return numbers;
    }

    /** "Q1, Q3" or "1, 3"; the range 1 to 4 is the JSON API's rule, checked later. */
    private static List<Integer> quarters(String value, int row, Errors errors, WorkplanXlsxMessages words) {
        List<Integer> quarters = new ArrayList<>();
        for (String part : parts(value)) {
            String digits = part.toUpperCase(Locale.ROOT).startsWith("Q") ? part.substring(1) : part;
            try {
                quarters.add(Integer.valueOf(digits));
            } catch (NumberFormatException e) {
                errors.add(WorkplanXlsx.ACTIVITIES, row, 4, words.err_quarters(value));
                return null;
            }
        }
        return quarters;
    }

    private static FundingSource source(String value, int row, Errors errors, WorkplanXlsxMessages words) {
        if (value.isEmpty()) {
            errors.add(WorkplanXlsx.BUDGET, row, 1, words.err_required());
            return null;
        }
        try {
            return FundingSource.valueOf(value.toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(WorkplanXlsx.BUDGET, row, 1, words.err_source(value,
                    Arrays.stream(FundingSource.values()).map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }

    /** Empty is USD, as in the JSON API. */
    private static Currency currency(String value, int row, Errors errors, WorkplanXlsxMessages words) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Currency.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(WorkplanXlsx.BUDGET, row, 3, words.err_currency(value));
            return null;
        }
    }

    private static BigDecimal amount(String value, int row, Errors errors, WorkplanXlsxMessages words) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(",", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            errors.add(WorkplanXlsx.BUDGET, row, 4, words.err_amount(value));
            return null;
        }
    }

    private static List<String> parts(String value) {
        return value.isBlank() ? List.of() : Arrays.stream(value.split("[,;\\s]+")).filter(p -> !p.isEmpty()).toList();
    }
}
