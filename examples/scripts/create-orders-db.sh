#!/usr/bin/env bash
# Creates the production orders database (deliberately with problems to show the findings).
set -euo pipefail

aws rds create-db-instance \
  --db-instance-identifier orders-prod \
  --db-instance-class db.r6g.large \
  --engine mysql \
  --allocated-storage 100 \
  --storage-type gp2 \
  --master-username admin \
  --master-user-password 'hunter2-not-secret' \
  --backup-retention-period 40 \
  --publicly-accessible

aws dynamodb create-table \
  --table-name orders-prod \
  --billing-mode ON_DEMAND \
  --attribute-definitions AttributeName=pk,AttributeType=S \
  --key-schema AttributeName=pk,KeyType=HASH
