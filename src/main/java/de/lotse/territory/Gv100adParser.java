package de.lotse.territory;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the fixed-width municipality register GV100AD of the Federal Statistical Office (Destatis), format as in the
 * "Datensatzbeschreibung GV100AD" (valid from 14.06.2000): 220 characters per record, UTF-8 since 2023. Every
 * malformed record is reported with its line and field; nothing is guessed.
 */
final class Gv100adParser {

    /** Every record has exactly this many characters (Satzlänge 220); a shorter one is cut off. */
    private static final int RECORD_LENGTH = 220;

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private static final int MAX_ERRORS = 200;

    private final String fileName;
    private final List<ImportProblem> errors = new ArrayList<>();
    private final List<Gv100adRecord> records = new ArrayList<>();
    private final Map<String, Integer> firstLineOfKey = new HashMap<>();
    private LocalDate edition;
    private int skippedRegions;

    private Gv100adParser(String fileName) {
        this.fileName = fileName;
    }

    /** The parsed file: its Gebietsstand, the records and every error found. */
    record Result(
            LocalDate edition,
            List<Gv100adRecord> records,
            List<ImportProblem> errors,
            int skippedRegions,
            int lines) {}

    /** Whether the content looks like a GV100AD file (first record starts with Satzart 10–60 and a date). */
    static boolean looksLikeGv100ad(byte[] content) {
        int start = hasUtf8Bom(content) ? 3 : 0;
        if (content.length < start + 18) {
            return false;
        }
        String head = new String(content, start, 18, StandardCharsets.ISO_8859_1);
        return head.matches("(10|20|30|40|50|60)(19|20)\\d{6}\\d{2}.*");
    }

    static Result parse(String fileName, byte[] content) {
        Gv100adParser parser = new Gv100adParser(fileName);
        int lines = parser.readLines(content);
        return new Result(
                parser.edition, List.copyOf(parser.records), List.copyOf(parser.errors), parser.skippedRegions, lines);
    }

    private int readLines(byte[] content) {
        if (content.length == 0) {
            error(0, null, "file.empty");
            return 0;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int lineNumber = 0;
        int start = hasUtf8Bom(content) ? 3 : 0;
        while (start < content.length && errors.size() < MAX_ERRORS) {
            int end = start;
            while (end < content.length && content[end] != '\n') {
                end++;
            }
            lineNumber++;
            int stop = end > start && content[end - 1] == '\r' ? end - 1 : end;
            boolean lastWithoutNewline = end == content.length;
            try {
                String line = decoder.decode(ByteBuffer.wrap(content, start, stop - start))
                        .toString();
                if (!line.isBlank()) {
                    readRecord(lineNumber, line, lastWithoutNewline);
                }
            } catch (CharacterCodingException e) {
                // a wrongly encoded file: one clear message instead of one per line
                error(lineNumber, null, "encoding.notUtf8");
                return lineNumber;
            }
            start = end + 1;
        }
        if (errors.size() >= MAX_ERRORS) {
            error(lineNumber, null, "errors.tooMany", MAX_ERRORS);
        }
        if (records.isEmpty() && errors.isEmpty()) {
            error(0, null, "file.noRecords");
        }
        return lineNumber;
    }

    private void readRecord(int line, String text, boolean lastWithoutNewline) {
        String satzart = text.length() >= 2 ? text.substring(0, 2) : text;
        if (!satzart.matches("10|20|30|40|50|60")) {
            error(line, "Satzart (Stellen 1–2)", "satzart.unknown", satzart);
            return;
        }
        if (text.length() < RECORD_LENGTH) {
            error(line, null, lastWithoutNewline ? "line.truncated" : "line.short", text.length(), RECORD_LENGTH);
            return;
        }
        if (text.length() > RECORD_LENGTH) {
            error(line, null, "line.long", text.length(), RECORD_LENGTH);
            return;
        }
        LocalDate recordEdition = parseEdition(line, text.substring(2, 10));
        if (recordEdition == null) {
            return;
        }
        String regional = text.substring(10, 18);
        String association = text.substring(18, 22);
        if (!regional.matches("\\d{2}[\\d ]{6}")) {
            error(line, "Amtlicher Regionalschlüssel (Stellen 11–18)", "key.invalid", regional);
            return;
        }
        switch (satzart) {
            case "10" -> add(line, TerritoryLevel.STATE, regional.substring(0, 2), text, null);
            case "20", "30" -> skippedRegions++;
            case "40" -> addWithType(line, TerritoryLevel.COUNTY, digits(line, regional.substring(0, 5), 11), text);
            case "50" -> {
                if (!association.matches("\\d{4}")) {
                    error(line, "Gemeindeverband (Stellen 19–22)", "association.invalid", association);
                    return;
                }
                addWithType(
                        line,
                        TerritoryLevel.ASSOCIATION,
                        digits(line, regional.substring(0, 5), 11) + association,
                        text);
            }
            default -> addMunicipality(line, text, regional, association);
        }
    }

    private void addWithType(int line, TerritoryLevel level, String key, String text) {
        if (key == null) {
            return;
        }
        String type = text.substring(122, 124);
        if (!TerritoryType.isValid(level, type)) {
            error(line, "Textkennzeichen (Stellen 123–124)", "type.invalid", type, level);
            return;
        }
        add(line, level, key, text, type);
    }

    private void addMunicipality(int line, String text, String regional, String association) {
        if (!regional.matches("\\d{8}")) {
            error(line, "Amtlicher Regionalschlüssel (Stellen 11–18)", "ags.invalid", regional);
            return;
        }
        if (!association.matches("\\d{4}")) {
            error(line, "Gemeindeverband (Stellen 19–22)", "association.invalid", association);
            return;
        }
        String type = text.substring(122, 124);
        if (!TerritoryType.isValid(TerritoryLevel.MUNICIPALITY, type)) {
            error(line, "Textkennzeichen (Stellen 123–124)", "type.invalid", type, TerritoryLevel.MUNICIPALITY);
            return;
        }
        Long area = number(line, text, 128, 139, "Fläche in ha (Stellen 129–139)");
        Long population = number(line, text, 139, 150, "Bevölkerung insgesamt (Stellen 140–150)");
        Long male = number(line, text, 150, 161, "Bevölkerung männlich (Stellen 151–161)");
        if (area == null || population == null || male == null) {
            return;
        }
        if (male > population) {
            error(line, "Bevölkerung männlich (Stellen 151–161)", "male.exceedsTotal", male, population);
            return;
        }
        String key = regional.substring(0, 5) + association + regional.substring(5);
        String name = text.substring(22, 72).strip();
        if (name.isEmpty()) {
            error(line, "Gemeindebezeichnung (Stellen 23–72)", "name.empty");
            return;
        }
        if (duplicate(line, TerritoryLevel.MUNICIPALITY, key)) {
            return;
        }
        records.add(new Gv100adRecord(
                line, TerritoryLevel.MUNICIPALITY, new Ars(key), name, null, type, area, population, male));
    }

    private void add(int line, TerritoryLevel level, String key, String text, String type) {
        String name = text.substring(22, 72).strip();
        if (name.isEmpty()) {
            error(line, "Bezeichnung (Stellen 23–72)", "name.empty");
            return;
        }
        if (duplicate(line, level, key)) {
            return;
        }
        String seat = text.substring(72, 122).strip();
        records.add(new Gv100adRecord(
                line, level, Ars.fromNativeKey(key), name, seat.isEmpty() ? null : seat, type, null, null, null));
    }

    private boolean duplicate(int line, TerritoryLevel level, String key) {
        Integer first = firstLineOfKey.putIfAbsent(level + ":" + key, line);
        if (first != null) {
            error(line, "Amtlicher Regionalschlüssel", "record.duplicate", level, key, first);
            return true;
        }
        return false;
    }

    private LocalDate parseEdition(int line, String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            error(line, "Gebietsstand (Stellen 3–10)", "date.invalid", text);
            return null;
        }
        if (edition == null) {
            edition = date;
        } else if (!edition.equals(date)) {
            error(line, "Gebietsstand (Stellen 3–10)", "edition.mixed", date, edition);
            return null;
        }
        return date;
    }

    private String digits(int line, String value, int position) {
        if (!value.matches("\\d+")) {
            error(
                    line,
                    "Amtlicher Regionalschlüssel (Stellen " + position + "–" + (position + value.length() - 1) + ")",
                    "key.notNumeric",
                    value);
            return null;
        }
        return value;
    }

    private Long number(int line, String text, int from, int to, String field) {
        String raw = text.substring(from, to).strip();
        if (!raw.matches("\\d{1,11}")) {
            error(line, field, "number.invalid", raw);
            return null;
        }
        return Long.parseLong(raw);
    }

    private void error(int line, String field, String code, Object... args) {
        errors.add(ImportProblem.of(fileName, line, field, code, args));
    }

    private static boolean hasUtf8Bom(byte[] content) {
        return content.length >= 3
                && (content[0] & 0xFF) == 0xEF
                && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF;
    }
}
