package io.vipgate.domain.token;

/** A freshly minted token together with its secret, which exists only until it is shown to the admin. */
public record MintedToken(TokenSecret secret, InvitationToken token) {}
