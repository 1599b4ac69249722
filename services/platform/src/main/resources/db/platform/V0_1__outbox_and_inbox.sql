-- Events waiting to be relayed to Kafka; written in the same transaction as the change they describe.
create table outbox (
    seq         bigserial primary key,
    event_id    text        not null unique,
    topic       text        not null,
    message_key text        not null,
    payload     text        not null,
    created_at  timestamptz not null default now()
);

-- Events this service has already applied, so that a redelivered event changes nothing.
create table processed_events (
    consumer     text        not null,
    event_id     text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
