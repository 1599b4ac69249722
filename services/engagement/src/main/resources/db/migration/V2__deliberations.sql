-- Trigram similarity finds near-duplicate statements (a trusted extension: the database owner may add it).
create extension if not exists pg_trgm;

create table deliberations (
    id                uuid primary key,
    mission_id        text        not null,
    question          text        not null,
    background        text        not null default '',
    opens_at          timestamptz not null,
    closes_at         timestamptz,
    closed_at         timestamptz,
    -- Anyone with the link may take part without an account, pseudonymously, one per browser.
    link_access       boolean     not null,
    auto_approve      boolean     not null,
    created_by        text        not null,
    created_at        timestamptz not null,
    -- Numbers handed out so far; they are the Pol.is comment and participant ids.
    statement_count   integer     not null default 0,
    participant_count integer     not null default 0
);
create index deliberations_by_mission on deliberations (mission_id, created_at desc);

-- A participant is a pseudonym: a signed-in person's is tied to their account here and nowhere
-- else; an anonymous one is known only by the hash of the secret its browser holds.
create table participants (
    id              uuid primary key,
    deliberation_id uuid        not null references deliberations (id),
    number          integer     not null,
    user_id         text,
    token_hash      text,
    created_at      timestamptz not null,
    unique (deliberation_id, number),
    unique (deliberation_id, user_id),
    unique (deliberation_id, token_hash)
);

create table statements (
    id              uuid primary key,
    deliberation_id uuid        not null references deliberations (id),
    number          integer     not null,
    author_id       uuid        references participants (id),
    text            text        not null,
    status          text        not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    reject_reason   text,
    seed            boolean     not null,
    agrees          integer     not null default 0,
    disagrees       integer     not null default 0,
    passes          integer     not null default 0,
    version         bigint      not null default 0,
    created_at      timestamptz not null,
    unique (deliberation_id, number)
);
create index statements_text_trgm on statements using gin (text gin_trgm_ops);

create table votes (
    statement_id    uuid        not null references statements (id),
    participant_id  uuid        not null references participants (id),
    deliberation_id uuid        not null references deliberations (id),
    vote            smallint    not null check (vote in (-1, 0, 1)),
    voted_at        timestamptz not null,
    primary key (statement_id, participant_id)
);
create index votes_by_participant on votes (participant_id);
