package fr.cellulepdp.model.notification;

import java.util.List;

/** Port: one PDF made of several, in order (the letters to print and post in one go). */
@FunctionalInterface
public interface FusionPdf {

    byte[] fusionner(List<byte[]> documents);
}
