package fr.cellulepdp.app.convocation;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;

/** One message as received by the test mail server, opened: its text, its .ics read back, its PDF's text. */
record MessagesRecus(String destinataire, String objet, String corps, Optional<Calendar> calendrier,
                     String typeCalendrier, List<String> pdfs) {

    static MessagesRecus lire(MimeMessage message) throws Exception {
        Multipart parties = (Multipart) message.getContent();
        String corps = (String) parties.getBodyPart(0).getContent();
        Calendar calendrier = null;
        String type = "";
        List<String> pdfs = new ArrayList<>();
        for (int i = 1; i < parties.getCount(); i++) {
            Part partie = parties.getBodyPart(i);
            byte[] contenu = partie.getInputStream().readAllBytes();
            if (partie.getContentType().startsWith("text/calendar")) {
                type = partie.getContentType();
                calendrier = strict(new String(contenu, StandardCharsets.UTF_8));
            } else if (partie.getContentType().startsWith("application/pdf")) {
                try (var pdf = Loader.loadPDF(contenu)) {
                    pdfs.add(new PDFTextStripper().getText(pdf));
                }
            }
        }
        return new MessagesRecus(message.getAllRecipients()[0].toString(), message.getSubject(), corps,
                Optional.ofNullable(calendrier), type, pdfs);
    }

    /** ical4j, with no relaxed parsing, then its RFC 5545 / iTIP validation: any error fails the test. */
    static Calendar strict(String ics) throws Exception {
        if (!ics.contains("\r\n") || ics.replace("\r\n", "").contains("\n")) {
            throw new AssertionError("les lignes d’un .ics finissent par CRLF");
        }
        for (String ligne : ics.split("\r\n")) {
            if (ligne.getBytes(StandardCharsets.UTF_8).length > 75) {
                throw new AssertionError("ligne de plus de 75 octets : " + ligne);
            }
        }
        Calendar calendrier = new CalendarBuilder().build(new StringReader(ics));
        ValidationResult resultat = calendrier.validate();
        if (resultat.hasErrors()) {
            throw new AssertionError("iCalendar invalide : " + resultat.getEntries());
        }
        return calendrier;
    }

    VEvent evenement() {
        return calendrier.orElseThrow().<VEvent>getComponent("VEVENT").orElseThrow();
    }

    String propriete(String nom) {
        return evenement().getProperty(nom).orElseThrow().getValue();
    }

    String methode() {
        return calendrier.orElseThrow().getProperty("METHOD").orElseThrow().getValue();
    }
}
