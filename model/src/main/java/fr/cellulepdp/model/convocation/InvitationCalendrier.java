package fr.cellulepdp.model.convocation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * One meeting as a calendar invitation (RFC 5545, iTIP RFC 5546): a VEVENT in Europe/Paris time with its
 * VTIMEZONE, the organiser, one attendee, and a UID fixed per meeting so that an update (higher SEQUENCE) or a
 * cancellation ({@code METHOD:CANCEL}) replaces the same calendar entry. Written by hand: the subset is small and
 * the model depends on no library; the tests read it back with ical4j, strictly (decision record 0026).
 *
 * @param resume the event's title: the cell and the meeting's number, never a person
 */
public record InvitationCalendrier(Methode methode, String uid, int sequence, Instant horodatage,
                                   LocalDateTime debut, Duration duree, String resume, String lieu, String description,
                                   String organisateur, String nomOrganisateur, String participant) {

    /** iTIP methods used: an invitation (or its update), a cancellation. */
    public enum Methode { REQUEST, CANCEL }

    /** Calendar entries are in French legal time. */
    public static final String FUSEAU = "Europe/Paris";

    private static final DateTimeFormatter LOCALE = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    public InvitationCalendrier {
        Objects.requireNonNull(methode, "methode");
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(horodatage, "horodatage");
        Objects.requireNonNull(debut, "debut");
        Objects.requireNonNull(duree, "duree");
        Objects.requireNonNull(organisateur, "organisateur");
        Objects.requireNonNull(participant, "participant");
        resume = resume == null ? "" : resume;
        lieu = lieu == null ? "" : lieu;
        description = description == null ? "" : description;
        nomOrganisateur = nomOrganisateur == null ? "" : nomOrganisateur;
    }

    /** The MIME type of the attachment, which mail clients read to offer « Accepter / Refuser ». */
    public String typeMime() {
        return "text/calendar; method=" + methode + "; charset=UTF-8";
    }

    /** The .ics file: CRLF line ends, lines folded at 75 octets, text escaped. */
    public byte[] ics() {
        StringBuilder ics = new StringBuilder();
        ligne(ics, "BEGIN:VCALENDAR");
        ligne(ics, "VERSION:2.0");
        ligne(ics, "PRODID:-//Cellule PDP//Convocations//FR");
        ligne(ics, "CALSCALE:GREGORIAN");
        ligne(ics, "METHOD:" + methode);
        fuseau(ics);
        ligne(ics, "BEGIN:VEVENT");
        ligne(ics, "UID:" + texte(uid));
        ligne(ics, "SEQUENCE:" + sequence);
        ligne(ics, "DTSTAMP:" + UTC.format(horodatage));
        ligne(ics, "DTSTART;TZID=" + FUSEAU + ":" + LOCALE.format(debut));
        ligne(ics, "DURATION:" + duree(duree));
        ligne(ics, "SUMMARY:" + texte(resume));
        if (!lieu.isBlank()) {
            ligne(ics, "LOCATION:" + texte(lieu));
        }
        if (!description.isBlank()) {
            ligne(ics, "DESCRIPTION:" + texte(description));
        }
        ligne(ics, "ORGANIZER" + (nomOrganisateur.isBlank() ? "" : ";CN=" + parametre(nomOrganisateur))
                + ":mailto:" + organisateur);
        ligne(ics, "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:" + participant);
        ligne(ics, "STATUS:" + (methode == Methode.CANCEL ? "CANCELLED" : "CONFIRMED"));
        ligne(ics, "TRANSP:OPAQUE");
        ligne(ics, "END:VEVENT");
        ligne(ics, "END:VCALENDAR");
        return ics.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Europe/Paris since 1996: CET in winter, CEST from the last Sunday of March to the last Sunday of October. */
    private static void fuseau(StringBuilder ics) {
        ligne(ics, "BEGIN:VTIMEZONE");
        ligne(ics, "TZID:" + FUSEAU);
        ligne(ics, "BEGIN:DAYLIGHT");
        ligne(ics, "TZOFFSETFROM:+0100");
        ligne(ics, "TZOFFSETTO:+0200");
        ligne(ics, "TZNAME:CEST");
        ligne(ics, "DTSTART:19700329T020000");
        ligne(ics, "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
        ligne(ics, "END:DAYLIGHT");
        ligne(ics, "BEGIN:STANDARD");
        ligne(ics, "TZOFFSETFROM:+0200");
        ligne(ics, "TZOFFSETTO:+0100");
        ligne(ics, "TZNAME:CET");
        ligne(ics, "DTSTART:19701025T030000");
        ligne(ics, "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        ligne(ics, "END:STANDARD");
        ligne(ics, "END:VTIMEZONE");
    }

    private static String duree(Duration duree) {
        long minutes = Math.max(1, duree.toMinutes());
        return "PT" + (minutes / 60 > 0 ? minutes / 60 + "H" : "") + (minutes % 60 > 0 ? minutes % 60 + "M" : "");
    }

    /** TEXT value escaping (RFC 5545 §3.3.11). */
    static String texte(String valeur) {
        return valeur.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** A parameter value: quoted, without the characters a quoted value cannot hold. */
    private static String parametre(String valeur) {
        return "\"" + valeur.replace("\"", "'").replaceAll("[\\r\\n]", " ") + "\"";
    }

    /** One content line, folded so that no line exceeds 75 octets, never inside a UTF-8 character. */
    static void ligne(StringBuilder ics, String contenu) {
        int octets = 0;
        for (int i = 0; i < contenu.length(); ) {
            int point = contenu.codePointAt(i);
            int taille = new String(Character.toChars(point)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + taille > 75) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(point);
            octets += taille;
            i += Character.charCount(point);
        }
        ics.append("\r\n");
    }
}
