package io.vipgate.persistence.token;

import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.token.InvitationToken;
import io.vipgate.domain.token.TokenHash;

/** Maps token rows to domain tokens and back. */
public final class TokenMappers {

    private TokenMappers() {}

    public static InvitationToken token(TokenEntity row) {
        return new InvitationToken(
                new TokenHash(row.hash),
                row.prefix,
                VipDuration.ofMinutes(row.grantsMinutes),
                row.maxUses,
                row.uses,
                row.mintedAt,
                row.validUntil,
                row.mintedBy,
                row.revoked);
    }

    public static TokenEntity tokenRow(InvitationToken token) {
        TokenEntity row = new TokenEntity();
        row.hash = token.hash().hex();
        row.prefix = token.prefix();
        row.grantsMinutes = Math.toIntExact(token.grants().toMinutes());
        row.maxUses = token.maxUses();
        row.uses = token.uses();
        row.mintedAt = token.mintedAt();
        row.validUntil = token.validUntil();
        row.mintedBy = token.mintedBy();
        row.revoked = token.revoked();
        return row;
    }
}
