package org.factline.app.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The token that requests which write must carry ({@code Authorization: Bearer TOKEN}), compared in constant time:
 * both sides are hashed first, so that neither the place of the first wrong character nor the token's length shows
 * in how long a refusal takes.
 */
final class BearerToken {

    private static final String SCHEME = "Bearer ";

    /** The token's hash, or null when the server has no token. */
    private final byte[] expected;

    BearerToken(String token) {
        this.expected = token == null ? null : sha256(token);
    }

    /**
     * Passes when the server has no token or the header carries it.
     *
     * @throws ApiError 401 otherwise
     */
    void check(String authorization) {
        if (expected == null) {
            return;
        }
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw new ApiError(401, "this server wants a token for writing: send the header Authorization: Bearer TOKEN");
        }
        if (!MessageDigest.isEqual(expected, sha256(authorization.substring(SCHEME.length()).strip()))) {
            throw new ApiError(401, "the token sent in the Authorization header is not this server's");
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
