package org.raddeid.recognizers.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import org.raddeid.core.ensemble.TextView;
import org.raddeid.core.text.AnalyzedText;

/**
 * A {@link TextView} that restores case with CoreNLP's {@code truecase} annotator (a CRF over words, trained on
 * newswire; model {@value #MODEL} in the CoreNLP models jar), for comparison with raddeid's lexicon truecaser
 * ({@code evaluate --case-view corenlp}). Only lines written in one case (no lower-case letter, or no upper-case one)
 * are changed, and only where the annotator's word has the same length as the written one, so every offset holds.
 *
 * <p>The model (about 100 MB) is not in the shipped jar: put the CoreNLP models jar on the class path. It is loaded
 * on first use; thread-safe after that.
 */
public final class CoreNlpTruecaser implements TextView {

    /** The truecasing model, from the CoreNLP models jar. */
    public static final String MODEL = "edu/stanford/nlp/models/truecase/truecasing.fast.caseless.qn.ser.gz";

    private static final class Holder {
        static final StanfordCoreNLP PIPELINE = pipeline();
    }

    private static StanfordCoreNLP pipeline() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,truecase");
        p.setProperty("tokenize.language", "en");
        p.setProperty("truecase.model", MODEL);
        p.setProperty("truecase.overwriteText", "false");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        return new StanfordCoreNLP(p);
    }

    /**
     * Creates the view; the model loads on first use.
     *
     * @throws IllegalStateException when the model is not on the class path (the shipped jar holds only the NER
     *     models; add the CoreNLP models jar)
     */
    public CoreNlpTruecaser() {
        if (CoreNlpTruecaser.class.getClassLoader().getResource(MODEL) == null) {
            throw new IllegalStateException("CoreNLP's truecasing model " + MODEL + " is not on the class path; put "
                    + "the CoreNLP models jar (stanford-corenlp-4.5.10-models.jar) on it");
        }
    }

    @Override
    public AnalyzedText of(AnalyzedText text) {
        String s = text.text();
        if (!anySingleCaseLine(text)) {
            return text;
        }
        Annotation doc = new Annotation(s);
        Holder.PIPELINE.annotate(doc);
        char[] out = s.toCharArray();
        for (CoreLabel token : doc.get(CoreAnnotations.TokensAnnotation.class)) {
            String cased = token.get(CoreAnnotations.TrueCaseTextAnnotation.class);
            int begin = token.beginPosition();
            int end = token.endPosition();
            if (cased == null || cased.length() != end - begin || !singleCase(text, begin)) {
                continue;
            }
            for (int i = 0; i < cased.length(); i++) {
                char written = s.charAt(begin + i);
                char c = cased.charAt(i);
                if (Character.toLowerCase(c) == Character.toLowerCase(written)) {
                    out[begin + i] = c;
                }
            }
        }
        return AnalyzedText.recased(text, new String(out));
    }

    private static boolean anySingleCaseLine(AnalyzedText text) {
        for (int start : text.lineStarts()) {
            if (singleCase(text, start)) {
                return true;
            }
        }
        return false;
    }

    /** True when the line holding {@code offset} has letters of one case only. */
    private static boolean singleCase(AnalyzedText text, int offset) {
        String s = text.text();
        boolean upper = false;
        boolean lower = false;
        for (int i = text.lineStart(offset); i < text.lineEnd(offset); i++) {
            char c = s.charAt(i);
            upper |= Character.isUpperCase(c);
            lower |= Character.isLowerCase(c);
        }
        return upper != lower;
    }
}
