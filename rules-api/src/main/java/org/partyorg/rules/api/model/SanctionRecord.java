package org.partyorg.rules.api.model;

import jakarta.validation.Valid;
import java.util.List;
import org.immutables.value.Value;
import org.partyorg.rules.api.internal.ValueStyle;

/**
 * The administrative penalties and industry discipline an organisation has received. A record
 * is a report: an empty one says there were none; an organisation without a record has not
 * reported, and a rule that needs it cannot decide.
 */
@Value.Immutable
@ValueStyle
public abstract class SanctionRecord implements WithSanctionRecord {
  /** Built only by the library's builders: callers cannot subclass the model. */
  SanctionRecord() {}

  public abstract List<@Valid Sanction> getSanctions();

  public static SanctionRecord of(Sanction... sanctions) {
    return ImmutableSanctionRecord.builder().addSanctions(sanctions).build();
  }

  /** A report that the organisation received no sanction. */
  public static SanctionRecord none() {
    return of();
  }
}
