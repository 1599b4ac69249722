-- Wakes the outbox relay as soon as a transaction that wrote events commits (NOTIFY is delivered
-- on commit only); the relay's periodic poll is the fallback.
create function outbox_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('outbox', '');
    return null;
end $$;

create trigger outbox_written after insert on outbox
    for each statement execute function outbox_notify();
