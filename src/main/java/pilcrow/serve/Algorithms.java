package pilcrow.serve;

import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.common.OptionalFeature;
import org.apache.sshd.common.cipher.Cipher;
import org.apache.sshd.common.mac.Mac;
import org.apache.sshd.common.signature.Signature;
import org.apache.sshd.common.NamedFactory;
import org.apache.sshd.common.cipher.BuiltinCiphers;
import org.apache.sshd.common.compression.BuiltinCompressions;
import org.apache.sshd.common.kex.BuiltinDHFactories;
import org.apache.sshd.common.kex.KeyExchangeFactory;
import org.apache.sshd.common.mac.BuiltinMacs;
import org.apache.sshd.common.signature.BuiltinSignatures;
import org.apache.sshd.server.ServerBuilder;
import org.apache.sshd.server.SshServer;

/**
 * The algorithms the server offers: allow-lists, so that a newer MINA adding an old algorithm to
 * its defaults changes nothing here. No CBC ciphers, no SHA-1 (MACs, ssh-rsa signatures, key
 * exchanges), no MD5, no DSA. Strict key exchange (Terrapin, CVE-2023-48795) is offered by MINA
 * itself since 2.12 (kex-strict-s-v00@openssh.com in every KEXINIT).
 */
final class Algorithms {

    static final List<BuiltinCiphers> CIPHERS = List.of(
            BuiltinCiphers.cc20p1305_openssh, BuiltinCiphers.aes256gcm, BuiltinCiphers.aes128gcm,
            BuiltinCiphers.aes256ctr, BuiltinCiphers.aes192ctr, BuiltinCiphers.aes128ctr);

    static final List<BuiltinMacs> MACS = List.of(
            BuiltinMacs.hmacsha512etm, BuiltinMacs.hmacsha256etm, BuiltinMacs.hmacsha512, BuiltinMacs.hmacsha256);

    /** For the host key and for user keys: RSA only with SHA-2. */
    static final List<BuiltinSignatures> SIGNATURES = List.of(
            BuiltinSignatures.ed25519, BuiltinSignatures.sk_ssh_ed25519,
            BuiltinSignatures.nistp256, BuiltinSignatures.nistp384, BuiltinSignatures.nistp521,
            BuiltinSignatures.sk_ecdsa_sha2_nistp256,
            BuiltinSignatures.rsaSHA512, BuiltinSignatures.rsaSHA256);

    static final List<BuiltinDHFactories> KEY_EXCHANGES = List.of(
            BuiltinDHFactories.mlkem768x25519, BuiltinDHFactories.sntrup761x25519_openssh,
            BuiltinDHFactories.sntrup761x25519,
            BuiltinDHFactories.curve25519, BuiltinDHFactories.curve25519_libssh, BuiltinDHFactories.curve448,
            // No ecdh-sha2-nistp*: ssh-audit fails them (NIST curves), and curve25519 is in every
            // OpenSSH since 6.5 (KeyExchangeChoiceTest).
            BuiltinDHFactories.dhg18_512, BuiltinDHFactories.dhg16_512, BuiltinDHFactories.dhgex256);

    /**
     * None, or zlib only once the client has logged in (zlib@openssh.com), as OpenSSH offers it:
     * plain zlib would have the server inflate whatever anyone sends before authentication.
     */
    static final List<BuiltinCompressions> COMPRESSIONS = List.of(BuiltinCompressions.none, BuiltinCompressions.delayedZlib);

    private Algorithms() {
    }

    static void restrict(SshServer server) {
        server.setCipherFactories(supported(CIPHERS));
        server.setMacFactories(supported(MACS));
        server.setSignatureFactories(supported(SIGNATURES));
        server.setKeyExchangeFactories(keyExchanges());
        server.setCompressionFactories(supported(COMPRESSIONS));
    }

    /** The ones this JVM supports, in order, as the factory type MINA's setters take. */
    static <T, F extends NamedFactory<T> & OptionalFeature> List<NamedFactory<T>> supported(List<F> wanted) {
        List<NamedFactory<T>> out = new ArrayList<>();
        for (F f : wanted) {
            if (f.isSupported()) {
                out.add(f);
            }
        }
        return out;
    }

    static List<KeyExchangeFactory> keyExchanges() {
        return NamedFactory.setUpTransformedFactories(false, KEY_EXCHANGES, ServerBuilder.DH2KEX);
    }

    /** The names offered, supported ones only, for the tests. */
    static List<String> cipherNames() {
        return Algorithms.<Cipher, BuiltinCiphers>supported(CIPHERS).stream().map(NamedFactory::getName).toList();
    }

    static List<String> macNames() {
        return Algorithms.<Mac, BuiltinMacs>supported(MACS).stream().map(NamedFactory::getName).toList();
    }

    static List<String> signatureNames() {
        return Algorithms.<Signature, BuiltinSignatures>supported(SIGNATURES).stream().map(NamedFactory::getName).toList();
    }

    static List<String> keyExchangeNames() {
        return keyExchanges().stream().map(KeyExchangeFactory::getName).toList();
    }
}
