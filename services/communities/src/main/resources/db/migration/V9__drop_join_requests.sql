-- Private missions are joined by invitation only: asking to join one told an outsider that it
-- existed (and its name), so join requests are gone, with any still waiting.
drop table join_requests;
