package org.raddeid.recognizers.corenlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.raddeid.core.PhiSpan;
import org.raddeid.core.PhiType;
import org.raddeid.core.text.AnalyzedText;
import org.raddeid.core.text.Token;
import org.raddeid.recognizers.pattern.PatternRecognizer;

/** Measurement harness, not a test: DATE token recall of patterns, of the 7-class CRF, and of their union. */
public final class SevenClassCheck {
    private SevenClassCheck() {
    }

    public static void main(String[] args) throws Exception {
        CoreNlpRecognizer muc = new CoreNlpRecognizer(
                CrfModel.shared("edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz"), null);
        PatternRecognizer pat = new PatternRecognizer();
        ObjectMapper json = new ObjectMapper();
        int gold = 0, byPat = 0, byMuc = 0, byUnion = 0, mucFound = 0, mucRight = 0, mucOnlyWrong = 0;
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            JsonNode n = json.readTree(line);
            AnalyzedText t = new AnalyzedText(n.path("text").asText());
            List<PhiSpan> ps = pat.recognize(t).stream().filter(s -> s.type() == PhiType.DATE).toList();
            List<PhiSpan> ms = muc.recognize(t).stream().filter(s -> s.type() == PhiType.DATE).toList();
            for (Token tok : t.tokens()) {
                if (!tok.isAlphanumeric()) {
                    continue;
                }
                boolean g = false;
                for (JsonNode s : n.path("spans")) {
                    g |= "DATE".equals(s.path("type").asText()) && s.path("start").asInt() <= tok.start()
                            && tok.end() <= s.path("end").asInt();
                }
                boolean p = ps.stream().anyMatch(s -> s.start() <= tok.start() && tok.end() <= s.end());
                boolean m = ms.stream().anyMatch(s -> s.start() <= tok.start() && tok.end() <= s.end());
                if (g) {
                    gold++;
                    byPat += p ? 1 : 0;
                    byMuc += m ? 1 : 0;
                    byUnion += p || m ? 1 : 0;
                }
                if (m) {
                    mucFound++;
                    mucRight += g ? 1 : 0;
                    mucOnlyWrong += !g && !p ? 1 : 0;
                }
            }
        }
        System.out.printf("DATE tokens %d: patterns %.1f%%, 7-class %.1f%%, union %.1f%%; 7-class precision %.1f%%,"
                + " 7-class false tokens not also flagged by patterns %d%n", gold, 100.0 * byPat / gold,
                100.0 * byMuc / gold, 100.0 * byUnion / gold, 100.0 * mucRight / Math.max(1, mucFound), mucOnlyWrong);
    }
}
