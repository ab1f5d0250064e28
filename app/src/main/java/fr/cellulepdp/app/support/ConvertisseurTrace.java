package fr.cellulepdp.app.support;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;

/**
 * The {@code %trace} of {@code logback.xml}: an exception a library logs, written like {@link TraceSansMessage}
 * (its message may quote a value of the database).
 */
public final class ConvertisseurTrace extends ThrowableHandlingConverter {

    @Override
    public String convert(ILoggingEvent evenement) {
        if (evenement.getThrowableProxy() instanceof ThrowableProxy proxy) {
            return TraceSansMessage.de(proxy.getThrowable()) + System.lineSeparator();
        }
        return evenement.getThrowableProxy() == null ? "" : evenement.getThrowableProxy().getClassName()
                + System.lineSeparator();
    }
}
