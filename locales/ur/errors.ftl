error-unknown-locale = زبان «{ $tag }» { -trinvis } میں موجود نہیں ہے۔
