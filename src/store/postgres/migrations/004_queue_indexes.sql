-- Keep the queue's housekeeping from scanning every pending row: a worker hands back its
-- claim by token, and abandoned rows are found by their expired lease.
CREATE INDEX queue_claim ON queue (claim) WHERE state = 'pending';
CREATE INDEX queue_lease ON queue (lease_until) WHERE state = 'pending';
