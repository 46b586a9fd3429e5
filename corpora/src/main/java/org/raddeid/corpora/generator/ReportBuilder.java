package org.raddeid.corpora.generator;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.raddeid.corpora.Annotation;
import org.raddeid.corpora.LabelledDocument;
import org.raddeid.core.PhiSubtype;

/**
 * Builds a report text piece by piece. Plain text is appended with {@link #text}; PHI is appended with {@link #phi}
 * or {@link #name}, which record the label at the moment the piece is appended, so labels never come from searching
 * the finished text. Not thread-safe: one builder per document.
 */
public final class ReportBuilder {

    private final StringBuilder text = new StringBuilder(2048);
    private final List<Annotation> annotations = new ArrayList<>();
    private final Set<DateStyle> dateStyles = EnumSet.noneOf(DateStyle.class);
    private UnaryOperator<String> plainVoice = UnaryOperator.identity();
    private UnaryOperator<String> phiVoice = UnaryOperator.identity();

    /**
     * Makes every later piece pass through a voice: {@code plain} rewrites plain text, {@code phi} labelled values
     * (capitals for a legacy export, lower case without punctuation for dictation). Labels cover the rewritten value.
     */
    public ReportBuilder voice(UnaryOperator<String> plain, UnaryOperator<String> phi) {
        this.plainVoice = Objects.requireNonNull(plain, "plain");
        this.phiVoice = Objects.requireNonNull(phi, "phi");
        return this;
    }

    /** Appends plain, unlabelled text and returns this builder. */
    public ReportBuilder text(String plain) {
        text.append(plainVoice.apply(plain));
        return this;
    }

    /** Appends a line break and returns this builder. */
    public ReportBuilder newline() {
        text.append('\n');
        return this;
    }

    /**
     * Appends {@code value} labelled with {@code subtype} and returns this builder.
     *
     * @throws IllegalArgumentException when the value is blank or has outer whitespace (a label must be tight)
     */
    public ReportBuilder phi(String value, PhiSubtype subtype) {
        return label(value, subtype, null);
    }

    /** Appends {@code value} as a name of {@code subtype} from {@code origin} and returns this builder. */
    public ReportBuilder name(String value, PhiSubtype subtype, NameOrigin origin) {
        return label(value, subtype, Objects.requireNonNull(origin, "origin").name());
    }

    /** Appends a date written in {@code style}, labelled with {@code subtype}, and records the style used. */
    public ReportBuilder date(java.time.LocalDate date, DateStyle style, PhiSubtype subtype) {
        return date(date, style, "", subtype);
    }

    /**
     * Appends a date written in {@code style} followed by {@code suffix} (such as a time of day), labelled together
     * as one span of {@code subtype}, and records the style used.
     */
    public ReportBuilder date(java.time.LocalDate date, DateStyle style, String suffix, PhiSubtype subtype) {
        dateStyles.add(style);
        return label(style.format(date) + suffix, subtype, null);
    }

    /** Returns how many chars the current line holds so far (for fixed-width layouts). */
    public int column() {
        int nl = text.lastIndexOf("\n");
        return text.length() - nl - 1;
    }

    /** Returns true when the text so far ends with a line break or is empty. */
    public boolean atLineStart() {
        return text.length() == 0 || text.charAt(text.length() - 1) == '\n';
    }

    /** Returns the date styles used so far (a copy). */
    public Set<DateStyle> dateStyles() {
        return dateStyles.isEmpty() ? EnumSet.noneOf(DateStyle.class) : EnumSet.copyOf(dateStyles);
    }

    /** Returns the finished document; the builder may not be used afterwards. */
    public LabelledDocument build(String id) {
        return new LabelledDocument(id, text.toString(), annotations);
    }

    private ReportBuilder label(String raw, PhiSubtype subtype, String origin) {
        Objects.requireNonNull(subtype, "subtype");
        String value = phiVoice.apply(raw);
        if (value.isBlank() || !value.equals(value.strip())) {
            throw new IllegalArgumentException("PHI piece of length " + value.length() + " for " + subtype
                    + " is blank or has outer whitespace");
        }
        int start = text.length();
        text.append(value);
        annotations.add(new Annotation(start, text.length(), subtype.type(), subtype, origin));
        return this;
    }
}
