package fr.cellulepdp.model.document;

/** Port: signs a PDF (PAdES) in one of the frames drawn for it; the reports module implements it. */
public interface SignatureDocuments {

    /**
     * @return the document with one more signature, added as an incremental update so that earlier signatures
     *         stay valid
     * @throws fr.cellulepdp.model.commun.SaisieInvalideException when the certificate cannot be opened (wrong
     *         password, not a PKCS#12 file)
     */
    byte[] signer(byte[] pdf, EmplacementSignature emplacement, CertificatSignature certificat);

    /**
     * The copy to e-mail: the document encrypted (AES-256) with {@code motDePasse}, which opens it, then signed in
     * the same frame. Not PDF/A (PDF/A forbids encryption): the archived copy is the one {@link #signer} makes.
     */
    byte[] chiffrerEtSigner(byte[] pdf, EmplacementSignature emplacement, CertificatSignature certificat,
                            String motDePasse);

    /** The signature frames of the document not signed yet, in order (the secretary's, once the chair signed). */
    java.util.List<EmplacementSignature> emplacementsLibres(byte[] pdf);
}
