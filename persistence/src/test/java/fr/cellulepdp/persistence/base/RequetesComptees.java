package fr.cellulepdp.persistence.base;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Connections to a test database whose statements are counted (prepared or not): the tests that bound how many
 * statements a use case sends open a second {@link BaseDeDonnees} on it.
 */
final class RequetesComptees implements DataSource {

    private final BasesDeTest.Acces acces;
    private final AtomicInteger requetes = new AtomicInteger();
    private final AtomicInteger connexions = new AtomicInteger();

    RequetesComptees(BasesDeTest.Acces acces) {
        this.acces = acces;
    }

    /** The statements sent since the last call. */
    int depuisLaDerniereFois() {
        return requetes.getAndSet(0);
    }

    /** The connections taken since the last call. */
    int connexionsDepuisLaDerniereFois() {
        return connexions.getAndSet(0);
    }

    @Override
    public Connection getConnection() throws java.sql.SQLException {
        connexions.incrementAndGet();
        Connection connexion = DriverManager.getConnection(acces.url(), acces.utilisateur(), acces.motDePasse());
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, methode, arguments) -> {
                    if (methode.getName().startsWith("prepare") || methode.getName().equals("createStatement")) {
                        requetes.incrementAndGet();
                    }
                    try {
                        return methode.invoke(connexion, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public Connection getConnection(String utilisateur, String motDePasse) throws java.sql.SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws java.sql.SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new java.sql.SQLException("RequetesComptees wraps no " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
