package fr.cellulepdp.model.document;

/**
 * The signatory's certificate and private key (a PKCS#12 file's content) with its password, held in memory only
 * for the signing, and the name and function shown in the signature block.
 */
public record CertificatSignature(byte[] pkcs12, char[] motDePasse, String nom, String fonction) {

    @Override
    public String toString() {
        return "CertificatSignature[" + nom + "]";
    }
}
