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
     * The same signature over the document that first carries {@code sceauJournal}, the audit trail's head (see
     * {@link fr.cellulepdp.model.audit.SceauJournal.Sceau#enTexte()}), in its information dictionary, under
     * {@link #CLE_SCEAU_JOURNAL}: the signature covers it, and anyone holding the minutes can set it against the trail.
     */
    byte[] signerAvecSceau(byte[] pdf, EmplacementSignature emplacement, CertificatSignature certificat,
                           String sceauJournal);

    /** The key of the document information entry holding the trail's seal. */
    String CLE_SCEAU_JOURNAL = "CellulePDP-SceauJournalAudit";

    /**
     * The copy to e-mail: the document encrypted (AES-256) with {@code motDePasse}, which opens it, then signed in
     * the same frame. Not PDF/A (PDF/A forbids encryption): the archived copy is the one {@link #signer} makes.
     */
    byte[] chiffrerEtSigner(byte[] pdf, EmplacementSignature emplacement, CertificatSignature certificat,
                            String motDePasse);

    /** The signature frames of the document not signed yet, in order (the secretary's, once the chair signed). */
    java.util.List<EmplacementSignature> emplacementsLibres(byte[] pdf);
}
