package fr.cellulepdp.persistence.base;

import fr.cellulepdp.persistence.depot.ContexteJooq;
import fr.cellulepdp.persistence.depot.Moteur;
import java.util.ArrayList;
import java.util.List;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.conf.ParamType;
import org.jooq.impl.DefaultExecuteListenerProvider;

/**
 * The plans H2 gives for the statements a repository sends: a repository built on {@link #contexte()} runs as on
 * {@code base}, and each statement it sends is kept, to be explained by {@link #plans(String)}.
 */
public final class PlansH2 {

    private final BaseDeDonnees base;
    private final List<String> envoyees = new ArrayList<>();
    /** The same statements as sent, a {@code ?} for each bound value. */
    private final List<String> telles = new ArrayList<>();
    private final ContexteJooq contexte;

    public PlansH2(BaseDeDonnees base) {
        this.base = base;
        this.contexte = new ContexteJooq(base.contexte().dsl().configuration()
                .derive(new DefaultExecuteListenerProvider(new ExecuteListener() {
                    @Override
                    public void executeStart(ExecuteContext ctx) {
                        if (ctx.query() != null) {
                            envoyees.add(ctx.query().getSQL(ParamType.INLINED));
                            telles.add(ctx.sql());
                        }
                    }
                })).dsl(), Moteur.H2, "plans");
    }

    public ContexteJooq contexte() {
        return contexte;
    }

    /** The statements sent so far, their parameters inlined. */
    public List<String> envoyees() {
        return List.copyOf(envoyees);
    }

    /** The statements sent so far as sent: a {@code ?} for each bound value. */
    public List<String> tellesQuEnvoyees() {
        return List.copyOf(telles);
    }

    /** H2's plan of each statement sent so far that names {@code table} (as H2 quotes it: {@code "DEMANDE"}). */
    public List<String> plans(String table) {
        return envoyees.stream().filter(sql -> sql.contains(table))
                .map(sql -> base.contexte().dsl().fetchValue("EXPLAIN " + sql).toString()).toList();
    }
}
