package org.raddeid.core.rewrite;

import java.util.Objects;

/**
 * What keyed operators need for one document: the secret and the patient key that scopes consistency (the same
 * original maps to the same replacement for the same patient). Without a patient key the document's own id serves,
 * so consistency is per document. Immutable; its {@link #toString()} shows neither the secret nor the keys.
 *
 * @param secret the secret key
 * @param scope the patient key, or the document id when there is none; never shown
 */
public record RewriteContext(Secret secret, String scope) {

    public RewriteContext {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(scope, "scope");
    }

    @Override
    public String toString() {
        return "RewriteContext[redacted]";
    }
}
