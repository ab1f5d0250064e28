package fr.cellulepdp.app.notification;

import fr.cellulepdp.model.notification.CourrielSortant;
import fr.cellulepdp.model.notification.EnvoiCourriel;
import fr.cellulepdp.model.notification.EnvoiImpossibleException;
import fr.cellulepdp.model.notification.PieceJointe;
import fr.cellulepdp.model.notification.SecuriteSmtp;
import fr.cellulepdp.model.notification.ServeurSmtp;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.Properties;

/** Sends with Angus Mail (Jakarta Mail): STARTTLS required, or SSL/TLS, or plain for a local server only. */
public final class EnvoiSmtp implements EnvoiCourriel {

    private static final String DELAI_MS = "20000";

    @Override
    public void envoyer(ServeurSmtp serveur, char[] motDePasse, CourrielSortant courriel)
            throws EnvoiImpossibleException {
        Session session = Session.getInstance(proprietes(serveur));
        try {
            MimeMessage message = message(session, serveur.expediteur(), serveur.nomExpediteur(), courriel);
            try (Transport transport = session.getTransport(serveur.securite() == SecuriteSmtp.SSL ? "smtps" : "smtp")) {
                transport.connect(serveur.hote(), serveur.port(), serveur.utilisateur().isEmpty() ? null
                        : serveur.utilisateur(), serveur.utilisateur().isEmpty() ? null : new String(motDePasse));
                transport.sendMessage(message, message.getAllRecipients());
            }
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new EnvoiImpossibleException(reponse(e), e);
        }
    }

    /** The same message as an .eml file, for a desktop mail client. */
    public static byte[] eml(String expediteur, String nomExpediteur, CourrielSortant courriel)
            throws EnvoiImpossibleException {
        try {
            MimeMessage message = message(Session.getInstance(new Properties()), expediteur, nomExpediteur, courriel);
            message.saveChanges();
            java.io.ByteArrayOutputStream sortie = new java.io.ByteArrayOutputStream();
            message.writeTo(sortie);
            return sortie.toByteArray();
        } catch (MessagingException | java.io.IOException e) {
            throw new EnvoiImpossibleException(reponse(e), e);
        }
    }

    private static MimeMessage message(Session session, String expediteur, String nomExpediteur,
                                       CourrielSortant courriel) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MessageAvecIdentifiant(session, courriel.messageId());
        message.setFrom(new InternetAddress(expediteur, nomExpediteur, "UTF-8"));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(courriel.destinataire(), true));
        message.setSubject(courriel.objet(), "UTF-8");
        message.setSentDate(new Date());
        if (courriel.pieceJointe() == null && courriel.autresPieces().isEmpty()) {
            message.setText(courriel.corps(), "UTF-8");
        } else {
            MimeBodyPart texte = new MimeBodyPart();
            texte.setText(courriel.corps(), "UTF-8");
            MimeMultipart parties = new MimeMultipart(texte);
            if (courriel.pieceJointe() != null) {
                parties.addBodyPart(piece(new PieceJointe(courriel.nomPieceJointe(), "application/pdf",
                        courriel.pieceJointe())));
            }
            for (PieceJointe autre : courriel.autresPieces()) {
                parties.addBodyPart(piece(autre));
            }
            message.setContent(parties);
        }
        return message;
    }

    private static MimeBodyPart piece(PieceJointe piece) throws MessagingException {
        MimeBodyPart partie = new MimeBodyPart();
        partie.setDataHandler(new DataHandler(new ByteArrayDataSource(piece.contenu(), piece.type())));
        partie.setFileName(piece.nom());
        return partie;
    }

    private static Properties proprietes(ServeurSmtp serveur) {
        Properties p = new Properties();
        String protocole = serveur.securite() == SecuriteSmtp.SSL ? "smtps" : "smtp";
        p.put("mail." + protocole + ".auth", Boolean.toString(!serveur.utilisateur().isEmpty()));
        p.put("mail." + protocole + ".connectiontimeout", DELAI_MS);
        p.put("mail." + protocole + ".timeout", DELAI_MS);
        p.put("mail." + protocole + ".writetimeout", DELAI_MS);
        if (serveur.securite() == SecuriteSmtp.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (serveur.securite() != SecuriteSmtp.AUCUNE) {
            p.put("mail." + protocole + ".ssl.checkserveridentity", "true");
        }
        return p;
    }

    /** The server's own answer when there is one ("535 5.7.8 Authentication failed"), else the cause. */
    static String reponse(Exception e) {
        StringBuilder texte = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !texte.toString().contains(t.getMessage())) {
                texte.append(texte.length() == 0 ? "" : " — ").append(t.getMessage().strip());
            }
        }
        return texte.length() == 0 ? e.getClass().getSimpleName() : texte.toString();
    }

    /** Jakarta Mail sets a new Message-ID on save: this keeps the letter's own. */
    private static final class MessageAvecIdentifiant extends MimeMessage {
        private final String identifiant;

        MessageAvecIdentifiant(Session session, String identifiant) {
            super(session);
            this.identifiant = identifiant;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", identifiant);
        }
    }
}
