package fr.cellulepdp.app.convocation;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.cellulepdp.app.document.CertificatDemo;
import fr.cellulepdp.app.support.DemoPreparee;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.notification.SecuriteSmtp;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/** The demo cell on an H2 file, its mail server set to a GreenMail server started on a free local port. */
final class CelluleEnLigne implements AutoCloseable {

    static final String COMPTE_SMTP = "cellule-pdp58@exemple.fr";

    final Services services;
    final GreenMail serveur;

    CelluleEnLigne(Path dossier, Horloge horloge) throws IOException {
        services = DemoPreparee.ouvrir(horloge.maintenant(), dossier, horloge);
        int port;
        try (ServerSocket libre = new ServerSocket(0)) {
            port = libre.getLocalPort();
        }
        services.courriers().parametrerSmtp().enregistrer("localhost", port, SecuriteSmtp.AUCUNE,
                COMPTE_SMTP, "secret".toCharArray(), COMPTE_SMTP, "Cellule PDP 58");
        serveur = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        serveur.start();
        serveur.setUser(COMPTE_SMTP, COMPTE_SMTP, "secret");
    }

    @Override
    public void close() {
        serveur.stop();
        services.close();
    }
}
