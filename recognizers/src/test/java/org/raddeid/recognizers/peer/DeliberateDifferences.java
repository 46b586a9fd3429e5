package org.raddeid.recognizers.peer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The documented list of peer vectors raddeid deliberately treats differently, read from
 * {@code peer-vectors-deliberate-differences.tsv}: peer, entity, test-name regex, text regex, reason.
 */
final class DeliberateDifferences {

    record Rule(String peer, String entity, Pattern test, Pattern text, String reason) {

        boolean matches(PeerVector v) {
            return (peer.equals("*") || peer.equals(v.peer())) && (entity.equals("*") || entity.equals(v.entity()))
                    && test.matcher(v.test()).matches() && text.matcher(v.text()).find();
        }
    }

    private final List<Rule> rules;

    private DeliberateDifferences(List<Rule> rules) {
        this.rules = rules;
    }

    static DeliberateDifferences load(String resource) {
        List<Rule> rules = new ArrayList<>();
        try (InputStream in = DeliberateDifferences.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 5) {
                    throw new IllegalStateException(resource + " line " + n + " has " + f.length + " fields, not 5");
                }
                rules.add(new Rule(f[0], f[1], Pattern.compile(f[2]), Pattern.compile(f[3]), f[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DeliberateDifferences(List.copyOf(rules));
    }

    Optional<Rule> find(PeerVector v) {
        return rules.stream().filter(r -> r.matches(v)).findFirst();
    }
}
