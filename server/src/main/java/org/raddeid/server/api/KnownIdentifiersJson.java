package org.raddeid.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.raddeid.core.KnownIdentifiers;
import org.raddeid.core.KnownIdentifiers.KnownDate;
import org.raddeid.core.KnownIdentifiers.KnownId;
import org.raddeid.core.PhiSubtype;
import org.raddeid.core.PhiType;

/**
 * Reads the optional {@code known} object of an input record: the patient's identifiers the caller already knows.
 *
 * <pre>{@code
 * "known": {"names": ["John Smith"], "mrn": "12345678", "accession": "A-77", "dob": "1950-03-07",
 *           "ids": [{"value": "XK-1", "subtype": "HEALTHPLAN"}], "dates": [{"date": "2024-01-02"}]}
 * }</pre>
 * Shared by the HTTP API and the command line's JSON lines. Errors name the field, never its value. Stateless and
 * thread-safe.
 */
public final class KnownIdentifiersJson {

    private KnownIdentifiersJson() {
    }

    /**
     * Parses {@code node} (may be null or JSON null: nothing known). Does not change it.
     *
     * @throws IllegalArgumentException naming the offending field, never its value
     */
    public static KnownIdentifiers parse(JsonNode node) {
        if (node == null || node.isNull()) {
            return KnownIdentifiers.NONE;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("field 'known' must be an object");
        }
        List<String> names = new ArrayList<>();
        List<KnownId> ids = new ArrayList<>();
        List<KnownDate> dates = new ArrayList<>();
        for (var it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            JsonNode v = node.get(f);
            switch (f) {
                case "names" -> {
                    requireArray(v, "known.names");
                    for (int i = 0; i < v.size(); i++) {
                        names.add(text(v.get(i), "known.names[" + i + "]"));
                    }
                }
                case "mrn" -> ids.add(new KnownId(text(v, "known.mrn"), PhiSubtype.MEDICALRECORD));
                case "accession" -> ids.add(new KnownId(text(v, "known.accession"), PhiSubtype.ACCESSION));
                case "dob" -> dates.add(new KnownDate(date(v, "known.dob"), PhiSubtype.DOB));
                case "ids" -> {
                    requireArray(v, "known.ids");
                    for (int i = 0; i < v.size(); i++) {
                        String where = "known.ids[" + i + "]";
                        JsonNode o = v.get(i);
                        if (!o.isObject()) {
                            throw new IllegalArgumentException("field '" + where + "' must be an object {value, subtype}");
                        }
                        ids.add(new KnownId(text(o.get("value"), where + ".value"),
                                subtype(o.get("subtype"), where + ".subtype", PhiType.ID, PhiSubtype.IDNUM)));
                    }
                }
                case "dates" -> {
                    requireArray(v, "known.dates");
                    for (int i = 0; i < v.size(); i++) {
                        String where = "known.dates[" + i + "]";
                        JsonNode o = v.get(i);
                        if (!o.isObject()) {
                            throw new IllegalArgumentException("field '" + where + "' must be an object {date, subtype}");
                        }
                        dates.add(new KnownDate(date(o.get("date"), where + ".date"),
                                subtype(o.get("subtype"), where + ".subtype", PhiType.DATE, PhiSubtype.DATE)));
                    }
                }
                // never the name itself: a client may put a patient's name or birth date in a field name
                default -> throw new IllegalArgumentException("field 'known' has an unknown field; known: names, mrn, "
                        + "accession, dob, ids, dates");
            }
        }
        return new KnownIdentifiers(names, ids, dates);
    }

    private static void requireArray(JsonNode v, String field) {
        if (v == null || !v.isArray()) {
            throw new IllegalArgumentException("field '" + field + "' must be an array");
        }
    }

    private static String text(JsonNode v, String field) {
        if (v == null || !(v.isTextual() || v.isIntegralNumber())) {
            throw new IllegalArgumentException("field '" + field + "' must be a string");
        }
        return v.asText();
    }

    private static LocalDate date(JsonNode v, String field) {
        try {
            return LocalDate.parse(text(v, field));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("field '" + field + "' must be an ISO date YYYY-MM-DD");
        }
    }

    private static PhiSubtype subtype(JsonNode v, String field, PhiType type, PhiSubtype fallback) {
        if (v == null || v.isNull()) {
            return fallback;
        }
        PhiSubtype s;
        try {
            s = PhiSubtype.parse(text(v, field));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field '" + field + "': unknown subtype");
        }
        if (s.type() != type) {
            throw new IllegalArgumentException("field '" + field + "' must be a subtype of " + type);
        }
        return s;
    }
}
