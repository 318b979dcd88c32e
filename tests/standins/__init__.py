"""Local stand-ins for the shop and marketplace APIs, following each documented contract
(../shared/reference/api-contracts.md). They serve real HTTP(S) on 127.0.0.1."""
