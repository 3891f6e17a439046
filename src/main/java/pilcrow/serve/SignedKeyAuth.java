package pilcrow.serve;

import java.security.PublicKey;
import java.util.Optional;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.signature.Signature;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKey;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.session.ServerSession;

/**
 * Public-key login that binds the session's {@link Identity} only once a signature is verified.
 *
 * <p>MINA asks the {@link PublickeyAuthenticator} twice per key: for the query a client sends
 * first (key only, no signature: "would you take this one?") and again for the signed request. A
 * client may query a key it does not hold (OpenSSH does so when only the .pub file is there), so
 * the authenticator only answers yes or no and never records anything; the identity is set here,
 * after {@link UserAuthPublicKey#verifySignature} succeeded, from the key that signed.
 */
final class SignedKeyAuth extends UserAuthPublicKeyFactory {

    /** The session's identity; present only on a session whose key signed. */
    static final AttributeKey<Identity> IDENTITY = new AttributeKey<>();
    /** The key that signed, to end the session when the file drops it. */
    static final AttributeKey<PublicKey> KEY = new AttributeKey<>();

    private final AuthorizedKeys keys;

    SignedKeyAuth(AuthorizedKeys keys) {
        this.keys = keys;
    }

    /** Answers whether the file lists the key; records nothing (it also answers unsigned queries). */
    PublickeyAuthenticator authenticator() {
        return (username, key, session) -> keys.identify(key).isPresent();
    }

    @Override
    public UserAuthPublicKey createUserAuth(ServerSession session) {
        return new UserAuthPublicKey(getSignatureFactories()) {
            @Override
            protected boolean verifySignature(ServerSession s, String username, String alg, PublicKey key,
                                              Buffer buffer, Signature verifier, byte[] sig) throws Exception {
                if (!super.verifySignature(s, username, alg, key, buffer, verifier, sig)) {
                    return false;
                }
                Optional<Identity> identity = keys.identify(key); // the file may have changed since the query
                identity.ifPresent(id -> {
                    s.setAttribute(KEY, key);
                    s.setAttribute(IDENTITY, id);
                });
                return identity.isPresent();
            }
        };
    }

    /** The identity of an authenticated session, if its key signed. */
    static Optional<Identity> of(ServerSession session) {
        return session.isAuthenticated() ? Optional.ofNullable(session.getAttribute(IDENTITY)) : Optional.empty();
    }
}
