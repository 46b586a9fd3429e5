package org.raddeid.corpora.generator;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.raddeid.core.PhiSubtype;

/**
 * The state of one report being written: its random source, builder, patient, staff, facility and dates, plus the
 * helpers that append PHI in varied surface forms. Not thread-safe: one per document.
 */
final class Draft {

    private static final List<String> TITLES_CREDENTIALS = List.of("MD", "DO", "MBBS", "MD, PhD", "M.D.");
    private static final DateStyle[] STYLES = DateStyle.REPORT_STYLES;

    final SplittableRandom rnd;
    final ReportBuilder out = new ReportBuilder();
    final GeneratorData data;
    final Modality modality;
    final PersonName patient;
    final boolean female;
    final LocalDate examDate;
    final LocalTime examTime;
    final LocalDate dob;
    final int age;
    final PersonName ordering;
    final PersonName reading;
    final PersonName resident;
    final PersonName technologist;
    final String hospital;
    final Places.ZipRow place;
    /** The date style this document mostly uses; other styles are mixed in. */
    final DateStyle mainStyle;
    /** The name style this document uses for staff. */
    final NameStyle staffStyle;

    Draft(SplittableRandom rnd, GeneratorData data) {
        this.rnd = rnd;
        this.data = data;
        this.modality = Modality.values()[rnd.nextInt(Modality.values().length)];
        this.patient = person();
        this.female = modality == Modality.MAMMOGRAPHY || rnd.nextBoolean();
        this.examDate = LocalDate.of(2012, 1, 1).plusDays(rnd.nextInt(365 * 13));
        this.examTime = LocalTime.of(rnd.nextInt(24), rnd.nextInt(60));
        int years = rnd.nextDouble() < 0.15 ? 90 + rnd.nextInt(15) : 18 + rnd.nextInt(72);
        this.dob = examDate.minusYears(years).minusDays(1 + rnd.nextInt(364));
        this.age = Period.between(dob, examDate).getYears();
        this.ordering = person();
        this.reading = person();
        this.resident = rnd.nextDouble() < 0.3 ? person() : null;
        this.technologist = person();
        this.hospital = data.places().hospital(rnd);
        this.place = data.places().zip(rnd);
        this.mainStyle = STYLES[rnd.nextInt(STYLES.length)];
        this.staffStyle = NameStyle.values()[rnd.nextInt(NameStyle.values().length)];
    }

    PersonName person() {
        return data.names().draw(rnd, NamePools.drawOrigin(rnd));
    }

    boolean chance(double p) {
        return rnd.nextDouble() < p;
    }

    <T> T pick(List<T> list) {
        return NamePools.pick(rnd, list);
    }

    /** Plain text. */
    Draft t(String plain) {
        out.text(plain);
        return this;
    }

    Draft nl() {
        out.newline();
        return this;
    }

    /** Labelled PHI. */
    Draft phi(String value, PhiSubtype subtype) {
        out.phi(value, subtype);
        return this;
    }

    /** A date in this document's main style (70%) or any style; ORDINAL dates get a plain "the " before them. */
    Draft date(LocalDate d, PhiSubtype subtype) {
        DateStyle style = chance(0.7) ? mainStyle : STYLES[rnd.nextInt(STYLES.length)];
        return date(d, subtype, style);
    }

    /** A date in a fixed style; ORDINAL dates get a plain "the " before them. */
    Draft date(LocalDate d, PhiSubtype subtype, DateStyle style) {
        if (style == DateStyle.ORDINAL) {
            out.text("the ");
        }
        out.date(d, style, subtype);
        return this;
    }

    /** A time of day on its own, not labelled (see the package documentation): {@code 14:32} or {@code 2:32 PM}. */
    Draft time(LocalTime time) {
        return t(timeText(time));
    }

    /**
     * A date followed by its time of day, labelled as one DATE span ({@code 03/14/2021 14:32}): the time is an
     * element of the date, so it goes with it.
     */
    Draft dateTime(LocalDate d, LocalTime time, PhiSubtype subtype) {
        DateStyle style = chance(0.7) ? mainStyle : STYLES[rnd.nextInt(STYLES.length)];
        if (style == DateStyle.ORDINAL) {
            out.text("the ");
        }
        out.date(d, style, " " + timeText(time), subtype);
        return this;
    }

    private String timeText(LocalTime time) {
        if (chance(0.5)) {
            return String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
        }
        int h = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        return String.format(Locale.ROOT, "%d:%02d %s", h, time.getMinute(), time.getHour() < 12 ? "AM" : "PM");
    }

    /** A name in {@code style}, labelled with its origin. */
    Draft name(PersonName p, PhiSubtype subtype, NameStyle style) {
        out.name(style.render(p), subtype, p.origin());
        return this;
    }

    /** A given name alone ({@code wife Maria}), labelled with its origin. */
    Draft given(PersonName p, PhiSubtype subtype) {
        out.name(p.given(), subtype, p.origin());
        return this;
    }

    /** A clinician: {@code Dr. Smith}, {@code Jane Smith, MD}, {@code SMITH, JANE MD}; title and credential unlabelled. */
    Draft doctor(PersonName p) {
        NameStyle style = chance(0.6) ? staffStyle : NameStyle.values()[rnd.nextInt(NameStyle.values().length)];
        if (style == NameStyle.INITIALS) {
            style = NameStyle.FIRST_LAST;
        }
        boolean title = style == NameStyle.LAST_ONLY || style == NameStyle.INITIAL_LAST || chance(0.25);
        if (title) {
            t(chance(0.8) ? "Dr. " : "Dr ");
        }
        name(p, PhiSubtype.DOCTOR, style);
        if (!title || chance(0.15)) {
            String cred = pick(TITLES_CREDENTIALS);
            if (style == NameStyle.CAPS_LAST_COMMA_FIRST || style == NameStyle.CAPS_FIRST_LAST) {
                cred = cred.toUpperCase(Locale.ROOT);
            }
            t(style == NameStyle.CAPS_LAST_COMMA_FIRST || chance(0.3) ? " " + cred : ", " + cred);
        }
        return this;
    }

    /** Returns "he"/"she" style words for the patient. */
    String noun() {
        return female ? pick(List.of("woman", "female", "F")) : pick(List.of("man", "male", "M"));
    }
}
