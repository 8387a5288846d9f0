package io.vipgate.persistence.freechannel;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache access to {@code bot_settings}. */
@ApplicationScoped
public class SettingsPanacheRepository implements PanacheRepositoryBase<SettingsEntity, Short> {}
