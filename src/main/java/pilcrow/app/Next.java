package pilcrow.app;

import java.util.List;

/** What {@link App#update} returns: the new state and the effects the edge must carry out. */
public record Next(AppState state, List<Effect> effects) {

    public Next {
        effects = List.copyOf(effects);
    }

    static Next of(AppState state, Effect... effects) {
        return new Next(state, List.of(effects));
    }

    /** This step with {@code newState} instead, and {@code effect} carried out before the others. */
    Next first(Effect effect, AppState newState) {
        List<Effect> more = new java.util.ArrayList<>();
        more.add(effect);
        more.addAll(effects);
        return new Next(newState, more);
    }
}
